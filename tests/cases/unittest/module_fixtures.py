# lib: utrun
# setUpModule / tearDownModule with module cleanups, and their failures.
import sys
import types
import unittest
import utrun

log = []


def make_module(name, setup_fails=False, teardown_fails=False, cleanup_fails=False):
    mod = types.ModuleType(name)
    sys.modules[name] = mod

    def setUpModule():
        log.append("setUpModule " + name)
        unittest.addModuleCleanup(log.append, "module cleanup " + name)
        if cleanup_fails:
            def broken():
                raise LookupError("module cleanup broke")
            unittest.addModuleCleanup(broken)
        if setup_fails:
            raise RuntimeError("module setup broke")

    def tearDownModule():
        log.append("tearDownModule " + name)
        if teardown_fails:
            raise ValueError("module teardown broke")

    class Case(unittest.TestCase):
        def test_it(self):
            log.append("test in " + name)

    Case.__module__ = name
    Case.__qualname__ = "Case"
    mod.setUpModule = setUpModule
    mod.tearDownModule = tearDownModule
    mod.Case = Case
    return mod


mods = [make_module("m_good"), make_module("m_setup", setup_fails=True),
        make_module("m_teardown", teardown_fails=True),
        make_module("m_cleanup", cleanup_fails=True)]
loader = unittest.TestLoader()
utrun.run(*[loader.loadTestsFromModule(m) for m in mods], verbosity=2)
print("\n".join(log))
print(unittest.enterModuleContext.__name__, unittest.doModuleCleanups())
