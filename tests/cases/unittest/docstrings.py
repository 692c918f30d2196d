# lib: utrun
# Docstrings' first lines in verbose output, and descriptions=False.
import unittest
import utrun


class Described(unittest.TestCase):
    def test_one(self):
        """First line of the doc.

        More text that is not shown."""

    def test_two(self):
        """   Indented first line   """
        self.assertTrue(0)

    def test_three(self):
        pass


utrun.run(Described, verbosity=2)
utrun.run(Described, verbosity=2, descriptions=False)
print(Described("test_one").shortDescription())
print(Described("test_three").shortDescription())
