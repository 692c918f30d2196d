# lib: utrun
# TestLoader options: testMethodPrefix, sortTestMethodsUsing, testNamePatterns.
import unittest
import utrun


class Mixed(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def check_x(self):
        pass

    def test_long_name(self):
        pass

    test_attr = 5


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Mixed))
loader.testMethodPrefix = "check"
print(loader.getTestCaseNames(Mixed))
loader.testMethodPrefix = "test"
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Mixed))
loader.sortTestMethodsUsing = None
print(loader.getTestCaseNames(Mixed))
loader = unittest.TestLoader()
loader.testNamePatterns = ["*long*"]
print(loader.getTestCaseNames(Mixed))
loader.testNamePatterns = ["__main__.Mixed.test_?", "*nothing*"]
print(loader.getTestCaseNames(Mixed))
loader.testNamePatterns = ["*MIXED*"]
print(loader.getTestCaseNames(Mixed))
print(list(loader.loadTestsFromTestCase(Mixed)))


class OnlyRunTest(unittest.TestCase):
    def runTest(self):
        pass


print(list(unittest.TestLoader().loadTestsFromTestCase(OnlyRunTest)))
print(list(unittest.TestLoader().loadTestsFromTestCase(unittest.TestCase)))
try:
    unittest.TestLoader().loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print("TypeError:", e)
try:
    Mixed("no_such_method")
except ValueError as e:
    print("ValueError:", e)
print(repr(unittest.TestCase()), unittest.TestCase().id())
print(unittest.defaultTestLoader.testMethodPrefix, unittest.TestLoader.suiteClass)
