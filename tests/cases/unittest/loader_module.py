# lib: utrun
# loadTestsFromModule: which classes are taken, load_tests, and its errors.
import abc
import sys
import types
import unittest
import utrun

mod = types.ModuleType("fake_tests")


class One(unittest.TestCase):
    def test_x(self):
        pass


class Base(unittest.TestCase, metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def needed(self):
        pass

    def test_y(self):
        pass


mod.One = One
mod.Base = Base
mod.TestCase = unittest.TestCase
mod.FunctionTestCase = unittest.FunctionTestCase
mod.not_a_class = 3
loader = unittest.TestLoader()
print(list(loader.loadTestsFromModule(mod)))


def load_tests(loader, tests, pattern):
    print("load_tests called with", tests.countTestCases(), pattern)
    tests.addTest(One("test_x"))
    return tests


mod.load_tests = load_tests
print(list(loader.loadTestsFromModule(mod, pattern="p*")))


def broken_load_tests(loader, tests, pattern):
    raise RuntimeError("cannot load")


mod.load_tests = broken_load_tests
failed = loader.loadTestsFromModule(mod)
print(failed.countTestCases(), loader.errors[-1].splitlines()[0])
r = unittest.TestResult()
failed.run(r)
print(r.errors[0][0].id(), r.errors[0][1].splitlines()[-1])
try:
    loader.loadTestsFromName("fake_tests.Base.test_y", None) if False else None
    sys.modules["fake_tests"] = mod
    loader.loadTestsFromName("Base.test_y", mod)
except TypeError as e:
    print("TypeError:", e)
