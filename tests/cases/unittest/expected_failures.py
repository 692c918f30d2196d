# lib: utrun
# expectedFailure on methods and classes; errors in setUp are not expected.
import unittest
import utrun


class X(unittest.TestCase):
    @unittest.expectedFailure
    def test_error_counts(self):
        raise TypeError("an error also counts")

    @unittest.expectedFailure
    def test_passes(self):
        pass

    @unittest.expectedFailure
    def test_fails(self):
        self.assertEqual(1, 0)


@unittest.expectedFailure
class WholeClass(unittest.TestCase):
    def test_a(self):
        self.fail("a")

    def test_b(self):
        pass


class SetUpBroken(unittest.TestCase):
    def setUp(self):
        raise ValueError("setUp is not the test")

    @unittest.expectedFailure
    def test_a(self):
        pass


class TearDownBroken(unittest.TestCase):
    def tearDown(self):
        raise ValueError("tearDown is not the test")

    @unittest.expectedFailure
    def test_a(self):
        self.fail("expected")


for v in (1, 2):
    r = utrun.run(X, WholeClass, SetUpBroken, TearDownBroken, verbosity=v)
    print([str(t) for t in r.unexpectedSuccesses])
    print([(str(t), text.splitlines()[-1]) for t, text in r.expectedFailures])
