# Packages on disk: __init__ modules, __path__, nested packages, import
# a.b.c, the attributes import gives a file module, and the order of their
# keys.
import sys

here = __file__.rpartition("/")[0]
print(sys.path[0] == here)


def rel(p):
    if isinstance(p, str):
        return p.replace(here, "<here>")
    if isinstance(p, list):
        return [rel(x) for x in p]
    return p


import pkg.sub.leaf
print(pkg.sub.leaf.value, pkg.sub.value, pkg.value)
print(sorted(k for k in sys.modules if k.startswith("pkg")))
for name in ("pkg", "pkg.sub", "pkg.sub.leaf", "pkg.mod"):
    __import__(name)
    m = sys.modules[name]
    print(name, rel(m.__file__), rel(m.__cached__), m.__package__, rel(getattr(m, "__path__", None)))
    print("  keys", [k for k in vars(m) if k.startswith("__")])
    s = m.__spec__
    print("  spec", s.name, rel(s.origin), rel(s.cached), s.has_location, s.parent, rel(s.submodule_search_locations))
    print("  loader", type(m.__loader__).__name__, type(m.__loader__).__module__, m.__loader__ is s.loader)
    print("  repr", rel(repr(m)))
import pkg.mod as m2
print(m2 is sys.modules["pkg.mod"], pkg.mod is m2)
from pkg import mod, sub
print(mod is m2, sub is pkg.sub)
from pkg.sub import leaf as L
print(L.value)
import pkg
print(hasattr(pkg, "other"))
from pkg import other
print(other.name, pkg.other is other)
