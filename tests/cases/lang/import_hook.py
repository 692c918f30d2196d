# The import statement calls builtins.__import__ when it is replaced: with
# the frame's globals, its locals (None in a function), the fromlist and
# the level; what the hook returns is the module.  Without __import__ in
# the builtins, import fails.
import builtins

orig = builtins.__import__
calls = []


def hook(name, globals=None, locals=None, fromlist=(), level=0):
    calls.append(name)
    print("hook", repr(name), fromlist, level, type(globals).__name__, type(locals).__name__,
          globals is not None and globals.get("__name__"))
    if name == "fake":
        return "a fake module"
    if name == "broken":
        raise KeyError("broken hook")
    return orig(name, globals, locals, fromlist, level)


builtins.__import__ = hook
import sys
from sys import path as p
import fake
print(fake)
try:
    import broken
except KeyError as e:
    print("KeyError", e)
try:
    from . import rel
except ImportError as e:
    print(type(e).__name__, e)
try:
    from ..pkg.mod import x
except ImportError as e:
    print(type(e).__name__, e)


def f():
    import sys
    from fake import upper
    return upper()


print(f())


class C:
    import sys as s
    print(type(s).__name__)


# a hook of the wrong shape, or no callable at all
builtins.__import__ = lambda name: name
try:
    import sys
except TypeError as e:
    print("TypeError", e)
builtins.__import__ = 42
try:
    import sys
except TypeError as e:
    print("TypeError", e)

builtins.__import__ = orig

del builtins.__import__
try:
    import sys
except ImportError as e:
    print(type(e).__name__, e)
builtins.__import__ = orig
import sys
print(len(calls), sys.__name__)
