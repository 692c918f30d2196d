"""Runs unittest tests into a StringIO and prints the report with the run
times replaced (shared by the tests/cases/unittest cases)."""
import io
import re
import sys
import unittest


def report(text):
    text = re.sub(r"Ran (\d+) tests? in \d+\.\d+s", r"Ran \1 tests in T", text)
    # the lines of a durations listing start with the test's run time
    return re.sub(r"(?m)^\d+\.\d+s ", "N.NNNs ", text)


def run(*tests, verbosity=1, **options):
    """Run the TestCase classes, suites or tests given; print the report
    and a summary of the result; return the result."""
    suite = unittest.TestSuite()
    loader = unittest.TestLoader()
    for t in tests:
        if isinstance(t, type):
            suite.addTest(loader.loadTestsFromTestCase(t))
        else:
            suite.addTest(t)
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **options)
    result = runner.run(suite)
    sys.stdout.write(report(stream.getvalue()))
    print("result:", result.testsRun, len(result.failures), len(result.errors),
          len(result.skipped), len(result.expectedFailures),
          len(result.unexpectedSuccesses), result.wasSuccessful())
    return result


def failure(test_method_call):
    """Call a callable expected to raise AssertionError; print its message."""
    try:
        test_method_call()
    except AssertionError as e:
        print("AssertionError:", e)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("no failure")


class Probe(unittest.TestCase):
    """An instance to call assert methods on directly."""
    def runTest(self):
        pass
