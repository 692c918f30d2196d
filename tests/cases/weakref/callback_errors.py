# An exception in a callback is reported as unraisable; the program goes on
import sys
import weakref


def hook(info):
    print("unraisable:", info.exc_type.__name__, info.exc_value, info.err_msg.split(" <")[0])


sys.unraisablehook = hook


class C:
    pass


def bad(w):
    raise ValueError("boom")


c = C()
r = weakref.ref(c, bad)
r2 = weakref.ref(c, lambda w: print("second still runs"))
del c
print("continues")

c = C()
r3 = weakref.ref(c, bad)
try:
    try:
        raise KeyError("pending")
    finally:
        del c
except KeyError as e:
    print("kept", repr(e))
