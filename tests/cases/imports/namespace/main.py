# Namespace packages: directories without __init__ along sys.path make one
# package whose __path__ follows sys.path; a regular package or module of
# the same name anywhere first wins.
import sys

here = __file__.rpartition("/")[0]


def rel(x):
    return str(x).replace(here, "<here>")


sys.path[1:1] = [here + "/a", here + "/b"]
import ns
print(rel(ns), rel(ns.__spec__), rel(ns.__path__), type(ns.__path__).__name__)
print([k for k in vars(ns)], ns.__file__, ns.__package__, type(ns.__loader__).__name__)
s = ns.__spec__
print(s.origin, s.cached, s.has_location, s.parent, s.loader is ns.__loader__)
import ns.one, ns.two, ns.sub.x
print(ns.one.v, ns.two.v, ns.sub.x.v, rel(ns.sub))
print(len(ns.__path__), rel(ns.__path__[0]), rel(list(ns.__path__)), here + "/a/ns" in ns.__path__)
try:
    import ns.three
except ImportError as e:
    print(type(e).__name__, e)
sys.path.append(here + "/c")
print(rel(list(ns.__path__)))
import ns.three
print(ns.three.v, rel(ns))
import reg
print(rel(reg), reg.kind)
