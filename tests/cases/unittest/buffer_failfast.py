# lib: utrun
# buffer=True: output of failing tests is shown with the report; failfast stops early.
import sys
import unittest
import utrun


class Noisy(unittest.TestCase):
    def test_a_quiet_pass(self):
        print("stdout of a passing test")
        print("stderr of a passing test", file=sys.stderr)

    def test_b_fail(self):
        print("stdout of a failing test")
        sys.stderr.write("stderr without newline")
        self.fail("failed")

    def test_c_error(self):
        print("partial line", end="")
        raise OSError("error")

    def test_d_after(self):
        print("after")


utrun.run(Noisy, buffer=True)
utrun.run(Noisy, buffer=True, verbosity=2)
print("---- failfast")
utrun.run(Noisy, failfast=True, verbosity=2)


class Fast(unittest.TestCase):
    def test_1(self):
        pass

    @unittest.expectedFailure
    def test_2(self):
        pass

    def test_3(self):
        pass


utrun.run(Fast, failfast=True, verbosity=2)
