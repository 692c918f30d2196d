import unittest
from .. import helper


class Beta(unittest.TestCase):
    def test_helper(self):
        self.assertEqual(helper.VALUE, 1)

    @unittest.skip("beta skip")
    def test_skipped(self):
        pass
