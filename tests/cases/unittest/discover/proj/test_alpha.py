import unittest


def setUpModule():
    print("setUpModule proj.test_alpha")


class Alpha(unittest.TestCase):
    def test_pass(self):
        pass

    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])
