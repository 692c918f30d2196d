# lib: utrun
# setUpClass / tearDownClass, their failures, and class cleanups.
import unittest
import utrun

log = []


class Good(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass Good")
        cls.addClassCleanup(log.append, "class cleanup Good")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass Good")

    def test_1(self):
        log.append("Good.test_1")

    def test_2(self):
        log.append("Good.test_2")


class BadSetUp(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(log.append, "cleanup after failed setUpClass")
        raise RuntimeError("class setup broke")

    @classmethod
    def tearDownClass(cls):
        log.append("never")

    def test_never(self):
        log.append("never")


class BadTearDown(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise ValueError("class teardown broke")

    def test_runs(self):
        log.append("BadTearDown.test_runs")


class BadCleanup(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        def broken():
            raise KeyError("cleanup broke")
        cls.addClassCleanup(broken)

    def test_runs(self):
        pass


class SkipInSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("class skipped in setUpClass")

    def test_a(self):
        log.append("never")


class Context:
    def __enter__(self):
        log.append("enter")
        return "value"

    def __exit__(self, *exc):
        log.append("exit")


class EnterClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append(cls.enterClassContext(Context()))

    def test_a(self):
        log.append("EnterClass.test_a")


utrun.run(Good, BadSetUp, BadTearDown, BadCleanup, SkipInSetUpClass, EnterClass,
          verbosity=2)
print("\n".join(log))
