# lib: utrun
# setUp / tearDown order and errors in each part of a test.
import unittest
import utrun

log = []


class Order(unittest.TestCase):
    def setUp(self):
        log.append("setUp " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_a(self):
        log.append("test_a")

    def test_b(self):
        log.append("test_b")
        self.fail("b fails")


class SetUpFails(unittest.TestCase):
    def setUp(self):
        raise OSError("no setup")

    def tearDown(self):
        log.append("never")

    def test_x(self):
        log.append("never")


class TearDownFails(unittest.TestCase):
    def tearDown(self):
        raise ValueError("teardown")

    def test_ok(self):
        log.append("ran")

    def test_fail(self):
        self.assertIn(1, [])


class SetUpSkips(unittest.TestCase):
    def setUp(self):
        self.skipTest("skipped in setUp")

    def test_y(self):
        log.append("never")


utrun.run(Order, SetUpFails, TearDownFails, SetUpSkips, verbosity=2)
print(log)
