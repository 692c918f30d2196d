# Odd entries in sys.path and __path__: bytes, NUL, surrogates, non-str
# objects, a file; import * of a package whose __all__ names submodules.
import sys

here = __file__.rpartition("/")[0]
for entry in (b"/nonexistent", "a\0b", "\udc80", 42, None, here + "/main.py", "", here + "/dir/"):
    sys.path.insert(0, entry)
    try:
        import nothing_here
    except Exception as e:
        print(ascii(entry).replace(here, "<here>"), type(e).__name__, e)
    del sys.path[0]
sys.path.insert(0, here + "/dir/")
from pk import *
print(sorted(k for k in globals() if not k.startswith("__")))
print(sub.value, sub.__file__.replace(here, "<here>"))
import pk
pk.__path__.insert(0, b"bytes")
pk.__path__.insert(0, 3)
import pk.other
print(pk.other.value)
pk.__path__ = 5
try:
    import pk.third
except Exception as e:
    print(type(e).__name__, e)
pk.__path__ = None
try:
    import pk.fourth
except Exception as e:
    print(type(e).__name__, e)
