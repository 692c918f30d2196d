# lib: utrun
# skip decorators on methods and classes, skipTest, SkipTest, skip without reason.
import unittest
import utrun


class Methods(unittest.TestCase):
    @unittest.skip("plain")
    def test_skip(self):
        pass

    @unittest.skipIf(True, "if true")
    def test_skip_if(self):
        pass

    @unittest.skipIf(False, "if false")
    def test_not_skip_if(self):
        pass

    @unittest.skipUnless(False, "unless false")
    def test_skip_unless(self):
        pass

    @unittest.skipUnless(1, "unless true")
    def test_not_skip_unless(self):
        pass

    @unittest.skip
    def test_bare(self):
        pass

    def test_skip_test(self):
        self.skipTest("called skipTest")

    def test_raise(self):
        raise unittest.SkipTest("raised SkipTest")


@unittest.skipIf(True, "class skipped")
class Whole(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("never")

    def test_a(self):
        pass


utrun.run(Methods, Whole, verbosity=2)
utrun.run(Methods, Whole, verbosity=1)
print(Methods.test_skip.__unittest_skip__, Methods.test_skip.__unittest_skip_why__)
print(Methods.test_skip.__name__, repr(Methods.test_bare.__unittest_skip_why__))
print(Whole.__unittest_skip_why__)
try:
    Methods("test_skip").debug()
except unittest.SkipTest as e:
    print("debug:", repr(e))
