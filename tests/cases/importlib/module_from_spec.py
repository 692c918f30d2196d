# Modules made from specs and loaders written in Python.
import importlib.util
import importlib.machinery
import sys


class Loader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.value = "run by " + type(self).__name__
        module.names = sorted(k for k in vars(module) if k.startswith("__"))


spec = importlib.util.spec_from_loader("made", Loader())
print(spec.name, spec.origin, spec.submodule_search_locations, spec.parent, spec.has_location)
module = importlib.util.module_from_spec(spec)
print(module.__name__, module.__spec__ is spec, module.__package__, type(module.__loader__).__name__)
spec.loader.exec_module(module)
print(module.value, module.names)
print("made" in sys.modules)

spec = importlib.machinery.ModuleSpec("pkg.sub", Loader(), is_package=True)
print(spec.parent, spec.submodule_search_locations, spec.cached, spec.origin)
m = importlib.util.module_from_spec(spec)
print(m.__package__, m.__path__)

spec = importlib.util.spec_from_loader("pkg2", Loader(), is_package=True)
print(spec.submodule_search_locations, spec.parent)


class OldLoader:
    def exec_module(self, module):
        pass


try:
    importlib.util.module_from_spec(importlib.machinery.ModuleSpec("x", OldLoader()))
except ImportError as e:
    print(e)


class Creating:
    def create_module(self, spec):
        m = type(sys)("other_name")
        m.__name__ = "kept"
        return m

    def exec_module(self, module):
        pass


m = importlib.util.module_from_spec(importlib.util.spec_from_loader("given", Creating()))
print(m.__name__, m.__spec__.name)
ns = importlib.machinery.ModuleSpec("nsmod", None, is_package=True)
ns.submodule_search_locations = ["/nowhere"]
m = importlib.util.module_from_spec(ns)
print(type(m.__loader__).__name__, m.__file__, m.__path__)
