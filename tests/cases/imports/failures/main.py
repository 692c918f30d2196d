# A module that fails while it runs: taken out of sys.modules, not bound
# in its package, run again by the next import; import * with and without
# __all__; a module that puts something else in sys.modules; the
# ModuleNotFoundError texts.
import sys
import pkg

for attempt in range(2):
    try:
        import pkg.broken
    except ZeroDivisionError as e:
        print(attempt, type(e).__name__, e)
    print("pkg.broken" in sys.modules, hasattr(pkg, "broken"))
try:
    from pkg import broken
except ZeroDivisionError as e:
    print("from:", e)

from pkg.star import *
print(sorted(k for k in globals() if not k.startswith("__")))
from pkg.listed import *
print(public, _private, "hidden" in globals())

import pkg.replaced
print(pkg.replaced, sys.modules["pkg.replaced"], pkg.replaced is sys.modules["pkg.replaced"])
from pkg import replaced
print(replaced)

for name in ("pkg.nosuch", "pkg.nosuch.deeper", "nosuch_top", "pkg.star.x", "pkg..star", "pkg.star."):
    try:
        __import__(name)
    except ImportError as e:
        print(type(e).__name__, e, e.name, e.path)

try:
    from pkg import nosuch
except ImportError as e:
    print(type(e).__name__, e.msg.replace(pkg.__path__[0], "<dir>"), e.name, e.name_from)
try:
    from pkg.nosuch import x
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg.star.sub
except ImportError as e:
    print(type(e).__name__, e, e.name)
import pkg.fails_late
