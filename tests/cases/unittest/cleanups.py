# lib: utrun
# addCleanup order and arguments, failing cleanups, enterContext, doCleanups.
import unittest
import utrun

log = []


class Res:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, *exc):
        log.append("exit %s %s" % (self.name, exc))


class AsyncOnly:
    async def __aenter__(self):
        pass

    async def __aexit__(self, *exc):
        pass


class Cleanups(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, "cleanup from setUp")

    def test_order(self):
        self.addCleanup(log.append, "first added")
        self.addCleanup(lambda *a, **k: log.append(("args", a, k)), 1, 2, key=3)
        log.append(self.enterContext(Res("ctx")))

    def test_failing_cleanup(self):
        def bad():
            raise ValueError("cleanup failed")
        self.addCleanup(bad)
        self.addCleanup(bad)

    def test_not_a_context(self):
        with self.assertRaises(TypeError) as cm:
            self.enterContext(42)
        print(cm.exception)

    def test_async_context(self):
        with self.assertRaises(TypeError) as cm:
            self.enterContext(AsyncOnly())
        print(cm.exception)

    def test_do_cleanups(self):
        self.addCleanup(log.append, "explicit")
        print("doCleanups ->", self.doCleanups())
        log.append("after explicit")


class SetUpFailsCleansUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, "cleanup despite setUp failure")
        raise RuntimeError("setUp broke")

    def test_x(self):
        pass


utrun.run(Cleanups, SetUpFailsCleansUp, verbosity=2)
print("\n".join(map(str, log)))
