# lib: utrun
# Every kind of outcome at verbosity 0: nothing while running, then the report.
import unittest
import utrun


class Outcomes(unittest.TestCase):
    def test_a_pass(self):
        self.assertEqual(2 + 2, 4)

    def test_b_fail(self):
        self.assertEqual(1, 2)

    def test_c_error(self):
        raise RuntimeError("boom")

    @unittest.skip("not today")
    def test_d_skip(self):
        pass

    @unittest.expectedFailure
    def test_e_xfail(self):
        self.fail("known bug")

    @unittest.expectedFailure
    def test_f_unexpected(self):
        pass

    def test_g_fail_msg(self):
        self.fail("explicit failure")

    def test_h_chained(self):
        try:
            {}["k"]
        except KeyError as e:
            raise ValueError("while handling") from e


utrun.run(Outcomes, verbosity=0)
