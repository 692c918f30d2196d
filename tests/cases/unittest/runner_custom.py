# lib: utrun
# TextTestRunner with a custom result class (with and without durations),
# on sys.stderr by default, and warnings= filters around the run.
import io
import sys
import warnings
import unittest
import utrun


class T(unittest.TestCase):
    def test_warns(self):
        warnings.warn("from a test", UserWarning)

    def test_returns(self):
        return 42


class OldResult(unittest.TextTestResult):
    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        print("OldResult made")


class Quiet(unittest.TestResult):
    def __init__(self, stream, descriptions, verbosity, durations=None):
        super().__init__()
        print("Quiet made", verbosity, durations)


def run(**kw):
    saved = sys.stderr
    sys.stderr = err = io.StringIO()
    try:
        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("ignore")
            result = unittest.TextTestRunner(**kw).run(
                unittest.TestLoader().loadTestsFromTestCase(T))
    finally:
        sys.stderr = saved
    print(kw, type(result).__name__, result.wasSuccessful())
    print(utrun.report(err.getvalue()))
    print([str(w.message) for w in seen])


run(resultclass=OldResult)
run(resultclass=Quiet, verbosity=2, durations=3)
run(warnings="always", verbosity=2)
run(warnings="error", verbosity=2)
