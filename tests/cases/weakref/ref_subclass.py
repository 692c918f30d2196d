# Subclasses of weakref.ref, with attributes and their own __new__/__init__
import weakref


class Tagged(weakref.ref):
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag

    def __new__(cls, ob, callback=None, tag=None):
        return super().__new__(cls, ob, callback)


class Slim(weakref.ref):
    __slots__ = ("extra",)


class C:
    pass


c = C()
t = Tagged(c, None, tag="x")
print(type(t).__name__, t.tag, t() is c, t is weakref.ref(c), t == weakref.ref(c))
s = Slim(c)
s.extra = 5
print(s.extra, s() is c, weakref.getweakrefcount(c))
print([type(w).__name__ for w in weakref.getweakrefs(c)])
try:
    s.other = 1
except AttributeError as e:
    print(e)
log = []
t2 = Tagged(c, lambda w: log.append(w.tag), tag="cb")
del c
print(log, t(), s())
