# Argument errors of ref(), proxy() and calling a reference
import weakref


class C:
    pass


c = C()


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: weakref.ref())
attempt(lambda: weakref.ref(c, None, 3))
attempt(lambda: weakref.ref(c, callback=None))
attempt(lambda: weakref.ref(c)(1))
attempt(lambda: weakref.ref(c)(x=1))
attempt(lambda: weakref.ref(c, None)() is c)
attempt(lambda: weakref.ref(c, 1).__callback__)
attempt(lambda: weakref.proxy())
attempt(lambda: weakref.getweakrefcount())
attempt(lambda: weakref.ref(c) < weakref.ref(c))
attempt(lambda: weakref.ref(c) == c)
attempt(lambda: weakref.ref(c) != weakref.ref(c))
