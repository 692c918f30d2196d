# args: -k nothing
# unittest.main() exiting 5 when no test ran.
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
        pass


sys.stderr = Filter(sys.stderr)
unittest.main(verbosity=2)
