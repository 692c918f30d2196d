# lib: utrun
# --durations / durations=: the slowest tests, hidden ones at verbosity 1.
import io
import re
import sys
import time
import unittest


class Slow(unittest.TestCase):
    def test_slow(self):
        time.sleep(0.1)

    def test_slower(self):
        time.sleep(0.3)

    def test_fast(self):
        pass


def run(**kw):
    stream = io.StringIO()
    unittest.TextTestRunner(stream=stream, **kw).run(
        unittest.TestLoader().loadTestsFromTestCase(Slow))
    text = re.sub(r"\d+\.\d+s", "N.NNNs", stream.getvalue())
    print(kw)
    print(text)


run(durations=1, verbosity=2)
run(durations=2, verbosity=2)
run(durations=1)
r = unittest.TestResult()
Slow("test_slower").run(r)
print(r.collectedDurations[0][0], r.collectedDurations[0][1] > 0.25)
