# _frozen_importlib and _imp: the specs and loaders of the built-in and
# frozen modules.
import sys
import time
import _imp
import _frozen_importlib as fi
from _frozen_importlib import ModuleSpec, BuiltinImporter, FrozenImporter

print(fi, fi.__spec__, fi.__loader__)
print(BuiltinImporter, FrozenImporter, ModuleSpec)
print(sys.__spec__, sys.__loader__, repr(sys.__package__))
import builtins
print(builtins.__spec__, builtins.__loader__)
print(time.__spec__ == BuiltinImporter.find_spec("time"), time.__spec__ == time.__spec__)
print(BuiltinImporter.find_spec("time"), BuiltinImporter.find_spec("__hello__"))
print(FrozenImporter.find_spec("__hello__"), FrozenImporter.find_spec("time"))
spec = FrozenImporter.find_spec("__phello__")
print(spec.name, spec.loader, spec.origin, type(spec.submodule_search_locations).__name__)
print(BuiltinImporter.is_package("time"), FrozenImporter.is_package("__phello__"),
      FrozenImporter.is_package("__hello__"))
print(BuiltinImporter.get_code("time"), BuiltinImporter.get_source("time"), FrozenImporter.get_source("__hello__"))
print(type(FrozenImporter.get_code("__hello__")).__name__, FrozenImporter.get_code("__hello__").co_filename)
for f in [lambda: BuiltinImporter.is_package("__hello__"), lambda: FrozenImporter.is_package("time"),
          lambda: FrozenImporter.get_code("nope"), lambda: BuiltinImporter.create_module(ModuleSpec("nope", None))]:
    try:
        print(f())
    except ImportError as e:
        print(type(e).__name__, e)
m = BuiltinImporter.create_module(ModuleSpec("time", None))
print(m, m is time, m.time() > 0, BuiltinImporter.exec_module(m))
print(BuiltinImporter.create_module(sys.__spec__) is sys)

print(_imp.is_builtin("time"), _imp.is_builtin("sys"), _imp.is_builtin("builtins"), _imp.is_builtin("__hello__"))
print(_imp.is_frozen("__hello__"), _imp.is_frozen("time"), _imp.is_frozen_package("__phello__"))
for f in [lambda: _imp.is_frozen_package("time"), lambda: _imp.get_frozen_object("time"),
          lambda: _imp.is_builtin(1), lambda: _imp.is_frozen(1), lambda: _imp.create_builtin(1),
          lambda: _imp.exec_builtin(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print("__hello__" in _imp._frozen_module_names(), type(_imp._frozen_module_names()).__name__)
print(_imp.__doc__)

s = ModuleSpec("a.b", None)
print(s, s.parent, s.cached, s.has_location, s.submodule_search_locations, s.loader_state, s.origin)
s = ModuleSpec("a.b", "L", origin="o", loader_state=3, is_package=True)
print(s, s.parent, s.cached, s.has_location)
s.has_location = True
s.cached = "c"
print(s, s.has_location, s.cached)
s2 = ModuleSpec("a.b", "L", origin="o", loader_state=3, is_package=True)
print(s == s2, s2 == s)
s2.cached = "c"
s2.has_location = True
print(s == s2, s == 1, s.__eq__(1), s != s2)
print(ModuleSpec("x", None, is_package=False).parent, ModuleSpec("pkg", None, is_package=True).parent)
try:
    hash(s)
except TypeError as e:
    print(e)
try:
    s.parent = 1
except AttributeError as e:
    print(e)
print(ModuleSpec(None, None), ModuleSpec("a", BuiltinImporter, origin="built-in"))
