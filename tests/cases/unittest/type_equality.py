# lib: utrun
# addTypeEqualityFunc, custom failureException, longMessage on the class.
import unittest
from utrun import failure


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


class MyError(Exception):
    pass


class Custom(unittest.TestCase):
    failureException = MyError

    def setUp(self):
        self.addTypeEqualityFunc(Point, self.assertPointEqual)
        self.addTypeEqualityFunc(int, "assertIntEqual")

    def assertPointEqual(self, a, b, msg=None):
        if a != b:
            raise self.failureException("points differ in %s" % ("x" if a.x != b.x else "y"))

    def assertIntEqual(self, a, b, msg=None):
        if a != b:
            raise self.failureException("ints %d/%d" % (a, b))

    def runTest(self):
        pass


t = Custom()
t.setUp()
for a, b in ((Point(1, 2), Point(1, 3)), (Point(1, 2), Point(0, 2)), (3, 4), (3, 3.5)):
    try:
        t.assertEqual(a, b)
    except MyError as e:
        print("MyError:", e)
    except AssertionError as e:
        print("AssertionError:", e)
print(t._getAssertEqualityFunc(1, 2).__name__, t._getAssertEqualityFunc(1, 2.0).__name__)


class Quiet(unittest.TestCase):
    longMessage = False

    def runTest(self):
        pass


q = Quiet()
failure(lambda: q.assertEqual(1, 2, "mine only"))
failure(lambda: q.assertIsNone(1))
failure(lambda: q.assertDictEqual({}, {1: 1}, "dicts"))
r = unittest.TestResult()


class Uses(Custom):
    def test_p(self):
        self.assertEqual(Point(0, 0), Point(0, 1))


Uses("test_p").run(r)
print(len(r.failures), len(r.errors), r.failures[0][1].splitlines()[-1])
