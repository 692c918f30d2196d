# lib: utrun
# TestSuite: adding tests, counting, equality, repr, errors, running nested suites.
import unittest
import utrun


class A(unittest.TestCase):
    def test_1(self):
        pass

    def test_2(self):
        pass


s = unittest.TestSuite()
print(s.countTestCases(), list(s), repr(s))
s.addTest(A("test_1"))
s.addTests([A("test_2"), unittest.TestSuite([A("test_1")])])
print(s.countTestCases())
print(repr(s))
print(s == unittest.TestSuite([A("test_1"), A("test_2"), unittest.TestSuite([A("test_1")])]))
print(s == unittest.TestSuite(), s == 5, s != [])
for bad in (5, A, unittest.TestSuite):
    try:
        s.addTest(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    s.addTests("test_1")
except TypeError as e:
    print("TypeError:", e)
try:
    s.addTests(5)
except TypeError as e:
    print("TypeError:", e)
r = utrun.run(s, verbosity=2)
print(list(s), s.countTestCases())
b = unittest.BaseTestSuite([A("test_1")])
print(repr(b), b.countTestCases())
res = unittest.TestResult()
b.run(res)
print(res, list(b))
s2 = unittest.TestSuite([A("test_2")])
s2.debug()
print("debug ran", list(s2))


class Keep(unittest.TestSuite):
    _cleanup = False


k = Keep([A("test_1")])
k.run(unittest.TestResult())
print(list(k))
print(A("test_1") == A("test_1"), A("test_1") == A("test_2"), A("test_1") != 3)
print(hash(A("test_1")) == hash(A("test_1")))
