# Every module cipy provides, and its repr: the C ones print (built-in), as
# in CPython; the Python ones that CPython also freezes print (frozen).
# (string, colorsys and __future__ are files in CPython's library: only
# their names are printed.)
import sys


BUILTIN = ["builtins", "sys", "time", "_imp", "_string"]
FROZEN_IN_BOTH = ["_frozen_importlib", "__hello__", "__phello__", "__phello__.ham",
                  "__phello__.ham.eggs", "__phello__.spam"]
FILES_IN_CPYTHON = ["__future__", "string", "string.templatelib", "colorsys"]

for name in BUILTIN + FROZEN_IN_BOTH:
    __import__(name)
    m = sys.modules[name]
    spec = m.__spec__
    # (a package's search path is a directory of CPython's library: its type only)
    print(repr(m), m.__loader__, repr(m.__package__), type(getattr(m, "__path__", None)).__name__)
    print("  ", spec.name, spec.loader, spec.origin, spec.parent, spec.has_location, spec.cached,
          type(spec.submodule_search_locations).__name__, m.__name__ in sys.builtin_module_names)
for name in FILES_IN_CPYTHON:
    __import__(name)
    m = sys.modules[name]
    print(type(m).__name__, m.__name__, repr(m.__package__), m.__spec__.name, m.__name__ in sys.stdlib_module_names)
print(all(n in sys.builtin_module_names for n in BUILTIN))
print(sys.builtin_module_names == tuple(sorted(sys.builtin_module_names)))
print(type(sys.stdlib_module_names).__name__, len(sys.stdlib_module_names))
print(sorted(sys.stdlib_module_names)[:20])
print(all(n.split(".")[0] in sys.stdlib_module_names for n in BUILTIN + FROZEN_IN_BOTH + FILES_IN_CPYTHON))
