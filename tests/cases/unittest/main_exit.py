# args: -v Bad Good.test_a
# unittest.main() as a script's last line: real argv, real exit status (1),
# the report on stderr with its time made constant by a filtering stream.
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

    def test_b(self):
        pass


class Bad(unittest.TestCase):
    def test_b(self):
        self.fail("bad")


sys.stderr = Filter(sys.stderr)
unittest.main()
