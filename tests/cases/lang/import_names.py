# __import__ and the import statement with odd names and arguments: empty,
# dots, NUL, surrogates, quotes, non-str names, levels and fromlists of
# every type.
import sys


def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, "->", type(e).__name__, e, ascii(getattr(e, "name", "-")))
    else:
        print(label, "->", repr(r))


Str = type("Str", (str,), {})


class BadBool:
    def __bool__(self):
        raise ZeroDivisionError("fromlist truth")


cases = {
    "'.'": lambda: __import__("."),
    "'..'": lambda: __import__(".."),
    "''": lambda: __import__(""),
    "'a\\0b'": lambda: __import__("a\0b"),
    "'sys\\0'": lambda: __import__("sys\0"),
    "'\\0'": lambda: __import__("\0"),
    "'a/b'": lambda: __import__("a/b"),
    "'/sys'": lambda: __import__("/sys"),
    "surrogate": lambda: __import__("\udc80"),
    "non-ascii": lambda: __import__("modulé"),
    "quote": lambda: __import__("it's"),
    "both quotes": lambda: __import__("it's \"x\""),
    "space": lambda: __import__(" sys"),
    "1": lambda: __import__(1),
    "None": lambda: __import__(None),
    "b'sys'": lambda: __import__(b"sys"),
    "str subclass": lambda: __import__(Str("sys")),
    "name 'sys.'": lambda: __import__("sys."),
    "name '.sys'": lambda: __import__(".sys"),
    "name 'sys..path'": lambda: __import__("sys..path"),
    "name 'sys.path'": lambda: __import__("sys.path"),
    "name 'nosuch'": lambda: __import__("nosuch"),
    "name 'nosuch.x'": lambda: __import__("nosuch.x"),
    "name 'nosuch.x.y'": lambda: __import__("nosuch.x.y"),
    "level -1": lambda: __import__("sys", level=-1),
    "level -1 ''": lambda: __import__("", level=-1),
    "level -1 name 1": lambda: __import__(1, level=-1),
    "level 'a'": lambda: __import__("sys", level="a"),
    "level 1.0": lambda: __import__("sys", level=1.0),
    "level True": lambda: __import__("sys", level=False),
    "level 2**31": lambda: __import__("sys", level=2**31),
    "level -2**31 - 1": lambda: __import__("sys", level=-2**31 - 1),
    "level 2**70": lambda: __import__("sys", level=2**70),
    "level -2**70": lambda: __import__("sys", level=-2**70),
    "level 0 globals 1": lambda: __import__("sys", 1, None, (), 0),
    "fromlist 1": lambda: __import__("sys", None, None, 1),
    "fromlist [1]": lambda: __import__("sys", None, None, [1]),
    "fromlist 'path'": lambda: __import__("sys", None, None, "path"),
    "fromlist [b'x']": lambda: __import__("sys", None, None, [b"x"]),
    "fromlist ['*']": lambda: __import__("sys", None, None, ["*"]),
    "fromlist None": lambda: __import__("sys", None, None, None),
    "fromlist {'a': 1}": lambda: __import__("sys", None, None, {"a": 1}),
    "fromlist BadBool": lambda: __import__("sys", None, None, BadBool()),
    "kw name": lambda: __import__(name="sys"),
    "no args": lambda: __import__(),
    "too many": lambda: __import__("sys", None, None, (), 0, 1),
    "bad kw": lambda: __import__("sys", foo=1),
}
for label, f in cases.items():
    show(label, f)

# None in sys.modules stops an import
sys.modules["gone"] = None
show("gone", lambda: __import__("gone"))
show("gone.x", lambda: __import__("gone.x"))
try:
    import gone
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from gone import x
except ImportError as e:
    print(type(e).__name__, e, e.name)
del sys.modules["gone"]

# the import statement reaches the same checks
try:
    import sys.path
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import nosuch.sub as s
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from .. import anything
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from .nosuch import anything
except ImportError as e:
    print(type(e).__name__, e, e.name)
