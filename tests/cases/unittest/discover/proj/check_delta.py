import unittest


class Delta(unittest.TestCase):
    def test_delta(self):
        pass
