# lib: utrun
# loadTestsFromName(s): modules, classes, methods, callables, and errors.
import sys
import unittest
import utrun

this = sys.modules[__name__]


class Alpha(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        pass

    def helper(self):
        pass


def make_suite():
    return unittest.TestSuite([Alpha("test_one")])


def make_case():
    return Alpha("test_two")


def make_nothing():
    return 42


ready_suite = unittest.TestSuite([Alpha("test_two")])
not_callable = 7

loader = unittest.TestLoader()
for name in ("Alpha", "Alpha.test_one", "make_suite", "make_case", "ready_suite"):
    print(name, "->", list(loader.loadTestsFromName(name, this)))
for name in ("make_nothing", "not_callable"):
    try:
        loader.loadTestsFromName(name, this)
    except TypeError as e:
        print("TypeError:", e.args[0].replace(hex(id(make_nothing)), "ADDR"))
print(list(loader.loadTestsFromNames(["Alpha.test_two", "make_case"], this)))
print(loader.errors)
missing = loader.loadTestsFromName("Missing", this)
print(missing.countTestCases(), len(loader.errors))
print(loader.errors[0].splitlines()[0], loader.errors[0].splitlines()[-1])
r = unittest.TestResult()
missing.run(r)
print(r.errors[0][0].id(), r.errors[0][1].splitlines()[-1])
loader = unittest.TestLoader()
bad_import = loader.loadTestsFromName("no_such_module_xyz.Thing")
print(bad_import.countTestCases(), loader.errors[0].splitlines()[0])
r = unittest.TestResult()
bad_import.run(r)
print(r.errors[0][0].id())
print(r.errors[0][1].splitlines()[-1])
print(list(loader.loadTestsFromName("utrun.Probe")))
print(loader.getTestCaseNames(Alpha))
