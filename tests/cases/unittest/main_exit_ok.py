# args: -q
# unittest.main() exiting 0 after a successful quiet run.
import re
import sys
import unittest


class Filter:
    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        return self.stream.write(re.sub(r"\d+\.\d+s", "N.NNNs", text))

    def flush(self):
        self.stream.flush()


class Good(unittest.TestCase):
    def test_a(self):
        print("stdout is not captured")


sys.stderr = Filter(sys.stderr)
try:
    unittest.main()
finally:
    print("exiting", sys.exc_info()[1].code)
