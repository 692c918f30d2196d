# lib: utrun
# Empty suites and suites of only skipped tests: NO TESTS RAN / OK (skipped=N).
import unittest
import utrun


class Empty(unittest.TestCase):
    def helper(self):
        pass


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass


for v in (0, 1, 2):
    utrun.run(Empty, verbosity=v)
    utrun.run(Skipped, verbosity=v)
