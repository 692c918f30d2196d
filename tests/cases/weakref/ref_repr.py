# repr of live and dead references, with the addresses taken out
import re
import weakref


def show(r):
    print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(r)))


class C:
    pass


def func():
    pass


c = C()
show(weakref.ref(c))
show(weakref.ref(func))
show(weakref.ref(C))
show(weakref.proxy(c))
show(weakref.proxy(func))
r = weakref.ref(c)
p = weakref.proxy(c)
del c
show(r)
show(p)
named = C()
named.__name__ = "custom"
show(weakref.ref(named))
named.__name__ = 42
show(weakref.ref(named))
