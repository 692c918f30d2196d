# weakref.finalize: called once, when the object dies or when called
import re
import weakref


class Res:
    pass


def done(*args, **kw):
    print("finalizer", args, kw)
    return "result"


r = Res()
f = weakref.finalize(r, done, 1, 2, key="v")
print(f.alive, f.atexit, f.peek()[1:], re.sub("0x[0-9a-f]+", "ADDR", repr(f)))
print(f(), f(), f.alive, f.peek(), f.detach())
print(re.sub("0x[0-9a-f]+", "ADDR", repr(f)))
g = weakref.finalize(r, done, "g")
h = weakref.finalize(r, done, "h")
obj, func, args, kwargs = h.detach()
print(obj is r, func is done, args, kwargs, h.alive, h.detach())
del r, obj
print(g.alive, h.alive)
try:
    weakref.finalize(1, print)
except TypeError as e:
    print(e)
