# Relative imports and fromlists: how __import__ finds the package
# (__package__, __spec__.parent, __name__ and __path__), the errors of each
# step, and the fromlist of a package (a module with __path__), built here
# in sys.modules.
import sys


def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, "->", type(e).__name__, e, getattr(e, "name", "-"))
    else:
        print(label, "->", repr(r))


Module = type(sys)
pkg = Module("pkg")
pkg.__path__ = []
pkg.__all__ = ["sub", "nothere"]
sub = Module("pkg.sub")
sub.x = 1
sys.modules["pkg"] = pkg
sys.modules["pkg.sub"] = sub
sys.modules["pkg.gone"] = None
bad_all = Module("bad_all")
bad_all.__path__ = []
bad_all.__all__ = ["ok", 3]
sys.modules["bad_all"] = bad_all
Spec = type("Spec", (), {})


def spec(parent):
    s = Spec()
    s.parent = parent
    return s


class BadEq(str):
    def __eq__(self, other):
        raise ValueError("no comparing")
    __hash__ = str.__hash__


D = type("D", (dict,), {})
cases = {
    "pkg.gone": lambda: __import__("pkg.gone"),
    "pkg.sub": lambda: __import__("pkg.sub"),
    "pkg.sub fromlist x": lambda: __import__("pkg.sub", fromlist=["x"]),
    "pkg.sub fromlist []": lambda: __import__("pkg.sub", fromlist=[]),
    "pkg.sub fromlist 0": lambda: __import__("pkg.sub", fromlist=0),
    "pkg fromlist sub": lambda: __import__("pkg", fromlist=["sub"]),
    "pkg fromlist [1]": lambda: __import__("pkg", fromlist=[1]),
    "pkg fromlist 'sub'": lambda: __import__("pkg", fromlist="sub"),
    "pkg fromlist 'ab'": lambda: __import__("pkg", fromlist="ab"),
    "pkg fromlist 1": lambda: __import__("pkg", fromlist=1),
    "pkg fromlist ['*']": lambda: __import__("pkg", fromlist=["*"]),
    "pkg fromlist ['*', '*']": lambda: __import__("pkg", fromlist=["*", "*"]),
    "bad_all fromlist ['*']": lambda: __import__("bad_all", fromlist=["*"]),
    "bad_all fromlist ['ok']": lambda: __import__("bad_all", fromlist=["ok"]),
    "pkg fromlist ['nope']": lambda: __import__("pkg", fromlist=["nope"]),
    "pkg fromlist ['gone']": lambda: __import__("pkg", fromlist=["gone"]),
    "pkg fromlist [b'x']": lambda: __import__("pkg", fromlist=[b"x"]),
    "pkg fromlist iter(['sub'])": lambda: __import__("pkg", fromlist=iter(["sub"])),
    "pkg.sub.deep": lambda: __import__("pkg.sub.deep"),
    "pkg.nope": lambda: __import__("pkg.nope"),
    "pkg.nope.x": lambda: __import__("pkg.nope.x"),
    "pkg.": lambda: __import__("pkg."),
    "level 1 no package": lambda: __import__("x", globals(), None, (), 1),
    "level 1 '' no package": lambda: __import__("", globals(), None, (), 1),
    "level 1 globals None": lambda: __import__("x", None, None, (), 1),
    "level 1 no globals": lambda: __import__("sub", level=1),
    "level 1 globals {}": lambda: __import__("x", {}, None, (), 1),
    "level 1 globals 1": lambda: __import__("x", 1, None, (), 1),
    "level 1 globals []": lambda: __import__("x", [], None, (), 1),
    "level 1 package a": lambda: __import__("x", {"__package__": "a"}, None, (), 1),
    "level 2 package a": lambda: __import__("x", {"__package__": "a"}, None, (), 2),
    "level 1 package 1": lambda: __import__("x", {"__package__": 1}, None, (), 1),
    "level 1 package b'p'": lambda: __import__("x", {"__package__": b"pkg"}, None, (), 1),
    "level 1 __name__ 1": lambda: __import__("x", {"__name__": 1}, None, (), 1),
    "level 1 package None, __name__ m": lambda: __import__("x", {"__package__": None, "__name__": "m"}, None, (), 1),
    "sub": lambda: __import__("sub", {"__package__": "pkg"}, None, (), 1),
    "sub.x": lambda: __import__("sub.x", {"__package__": "pkg"}, None, (), 1),
    "sub.x fromlist": lambda: __import__("sub.x", {"__package__": "pkg"}, None, ["y"], 1),
    "''": lambda: __import__("", {"__package__": "pkg"}, None, (), 1),
    "'' fromlist sub": lambda: __import__("", {"__package__": "pkg"}, None, ["sub"], 1),
    "'' fromlist nope": lambda: __import__("", {"__package__": "pkg"}, None, ["nope"], 1),
    "sub level 2 from pkg.sub": lambda: __import__("sub", {"__package__": "pkg.sub"}, None, (), 2),
    "'' level 2 from pkg.sub": lambda: __import__("", {"__package__": "pkg.sub"}, None, (), 2),
    "sub level 3 from pkg.sub": lambda: __import__("sub", {"__package__": "pkg.sub"}, None, (), 3),
    "sub level 2**31 - 1": lambda: __import__("sub", {"__package__": "pkg"}, None, (), 2**31 - 1),
    "sub level 2**31": lambda: __import__("sub", {"__package__": "pkg"}, None, (), 2**31),
    "__name__ pkg.sub": lambda: __import__("sub", {"__name__": "pkg.sub"}, None, (), 1),
    "__name__ pkg, __path__": lambda: __import__("sub", {"__name__": "pkg", "__path__": []}, None, (), 1),
    "__name__ pkg": lambda: __import__("sub", {"__name__": "pkg"}, None, (), 1),
    "__spec__.parent pkg": lambda: __import__("sub", {"__spec__": spec("pkg")}, None, (), 1),
    "__spec__.parent 1": lambda: __import__("sub", {"__spec__": spec(1)}, None, (), 1),
    "__spec__.parent ''": lambda: __import__("sub", {"__spec__": spec("")}, None, (), 1),
    "__spec__ 1": lambda: __import__("sub", {"__spec__": 1}, None, (), 1),
    "__spec__ None": lambda: __import__("sub", {"__spec__": None, "__name__": "pkg.x"}, None, (), 1),
    "__package__ and bad __spec__": lambda: __import__("sub", {"__package__": "pkg", "__spec__": 1}, None, (), 1),
    "__package__ and __spec__": lambda: __import__("sub", {"__package__": "pkg", "__spec__": spec("pkg")}, None, (), 1),
    "__package__ BadEq, __spec__": lambda: __import__("sub", {"__package__": BadEq("pkg"), "__spec__": spec("pkg")},
                                                      None, (), 1),
    "__package__ ''": lambda: __import__("sub", {"__package__": ""}, None, (), 1),
    "__package__ '', __name__": lambda: __import__("sub", {"__package__": "", "__name__": "pkg.x"}, None, (), 1),
    "dict subclass": lambda: __import__("sub", D(__package__="pkg"), None, (), 1),
    "str subclass package": lambda: __import__("sub", {"__package__": type("S", (str,), {})("pkg")}, None, (), 1),
    "level 0 ignores globals": lambda: __import__("pkg", {"__package__": 1}, None, (), 0),
}
for label, f in cases.items():
    show(label, f)

# the statements (a loaded submodule is an attribute of its package)
pkg.sub = sub
import pkg.sub
print(pkg.sub is sub)
import pkg.sub as s
print(s is sub)
from pkg import sub as s2
print(s2 is sub)
try:
    from pkg import nope
except ImportError as e:
    print(type(e).__name__, e)
try:
    import pkg.gone
except ImportError as e:
    print(type(e).__name__, e, e.name)

__package__ = "pkg"
from . import sub as s3
print(s3 is sub)
from .sub import x
print(x)
try:
    from . import *
except AttributeError as e:
    print(type(e).__name__, e)
pkg.nothere = "here"
from . import *
print(nothere)
try:
    from .. import y
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .nope import y
except ImportError as e:
    print(type(e).__name__, e, e.name)
__package__ = "pkg.sub"
from .. import sub as s4
print(s4 is sub)
__package__ = None
__name__ = "pkg.mod"
from . import sub as s5
print(s5 is sub)
