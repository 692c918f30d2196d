# lib: utrun
# A test returning a value (or a coroutine) gets a DeprecationWarning.
import unittest
import warnings
import utrun


class R(unittest.TestCase):
    def test_value(self):
        return 1

    async def test_coroutine(self):
        pass

    def test_none(self):
        return None


with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("always")
    utrun.run(R, verbosity=2)
for w in seen:
    print(w.category.__name__, str(w.message))
