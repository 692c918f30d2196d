# lib: utrun
# id(), str(), repr(), countTestCases, defaultTestResult and running without a result.
import unittest
import utrun


class Outer:
    class Inner(unittest.TestCase):
        def test_m(self):
            print("running test_m")


t = Outer.Inner("test_m")
print(t.id())
print(str(t))
print(repr(t))
print(t.countTestCases(), type(t.defaultTestResult()).__name__)
r = t.run()
print(r, r.wasSuccessful())
r2 = t()
print(r2.testsRun)
res = unittest.TestResult()
print(t.run(res) is res, res.testsRun)
t.debug()


class Failing(unittest.TestCase):
    def test_f(self):
        self.assertEqual("a", "b")


try:
    Failing("test_f").debug()
except AssertionError as e:
    print("debug raised:", e)
print(Failing("test_f").run())
