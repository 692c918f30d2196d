# lib: utrun
# subTest: messages, parameters, nesting, outcomes at each verbosity.
import unittest
import utrun


class Sub(unittest.TestCase):
    def test_params(self):
        for i in range(4):
            with self.subTest(i=i, sq=i * i):
                self.assertNotEqual(i % 2, 1)

    def test_msg(self):
        with self.subTest("first"):
            pass
        with self.subTest("second", k="v"):
            raise KeyError("x")
        with self.subTest():
            self.fail("no description")

    def test_nested(self):
        with self.subTest(a=1):
            with self.subTest(b=2):
                with self.subTest("inner", a=3):
                    self.assertEqual(1, 0)

    def test_all_pass(self):
        for i in range(3):
            with self.subTest(i=i):
                pass

    def test_skip_inside(self):
        with self.subTest(n=1):
            self.skipTest("inner skip")
        with self.subTest(n=2):
            pass

    @unittest.expectedFailure
    def test_expected(self):
        with self.subTest(x=1):
            self.fail("expected")
        print("not reached")


for v in (0, 1, 2):
    utrun.run(Sub, verbosity=v)
utrun.run(Sub("test_params"), verbosity=2, failfast=True)
