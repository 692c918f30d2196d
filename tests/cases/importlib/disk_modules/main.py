# import_module and find_spec of modules and packages on disk.
import importlib
import importlib.util
import sys

m = importlib.import_module("pkg.mod")
print(m.__name__, m.VALUE, "pkg" in sys.modules)
print(importlib.import_module(".mod", "pkg") is m)
spec = importlib.util.find_spec("pkg.other")
print(spec.name, spec.parent, type(spec.loader).__name__, spec.origin == spec.loader.path)
print(spec.has_location, spec.submodule_search_locations, "pkg.other" in sys.modules)
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
print(module.OTHER, module.__file__ == spec.origin, "pkg.other" in sys.modules)
print(importlib.util.find_spec("pkg").submodule_search_locations == list(sys.modules["pkg"].__path__))
loc = importlib.util.spec_from_file_location("loose", spec.origin)
print(loc.name, type(loc.loader).__name__, loc.origin == spec.origin, loc.submodule_search_locations)
print(importlib.util.spec_from_file_location("x", "/nowhere/x.txt"))
print(importlib.util.spec_from_file_location("pkgx", sys.modules["pkg"].__file__).submodule_search_locations
      == sys.modules["pkg"].__path__)
try:
    importlib.import_module("pkg.missing")
except ModuleNotFoundError as e:
    print(e, e.name)
