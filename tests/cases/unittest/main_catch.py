# args: -c -v
# driver: sigint
# unittest.main's -c: the first Ctrl-C stops the run after the current test
# (the tests after it do not run) and the report is still written.
import re
import signal
import sys
import time
import unittest


class Filter:
    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        return self.stream.write(re.sub(r"\d+\.\d+s", "N.NNNs", text))

    def flush(self):
        self.stream.flush()


class Interrupted(unittest.TestCase):
    def test_a_waits(self):
        handler = signal.getsignal(signal.SIGINT)
        print("handler installed:", type(handler).__name__, flush=True)
        for _ in range(400):
            if handler.called:
                break
            time.sleep(0.025)
        print("interrupted:", handler.called, flush=True)

    def test_b_never_runs(self):
        print("test_b ran")


sys.stderr = Filter(sys.stderr)
unittest.main()
