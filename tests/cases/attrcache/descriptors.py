# Cached attribute sites and descriptors: data descriptors win over the
# instance dict, non-data descriptors lose to it, and either may appear or
# disappear on the class at any time.


class Loud:
    def __init__(self, tag):
        self.tag = tag

    def __get__(self, obj, owner=None):
        return ("get", self.tag, obj is None)


class LoudData(Loud):
    def __set__(self, obj, value):
        print("set", self.tag, value)


class C:
    pass


def read(o):
    return o.x


def write(o, v):
    o.x = v


o = C()
write(o, 1)
print(read(o), read(o))
C.x = Loud("nondata")          # the instance dict still wins
print(read(o))
C.x = LoudData("data")         # a data descriptor wins over the dict
print(read(o))
write(o, 2)                    # and takes the store
print(o.__dict__)
del C.x
print(read(o))
write(o, 3)
print(read(o))


class P:
    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        return self._v * 10

    @v.setter
    def v(self, value):
        self._v = value


def read_v(o):
    return o.v


p = P(4)
print(read_v(p), read_v(p))
p.v = 5
print(read_v(p))
p.__dict__["v"] = "shadow"     # a property is a data descriptor: the dict loses
print(read_v(p))

# property getters of every shape: closures, defaults, *args, builtins
def make_getter(k):
    def g(self):
        return self._v + k
    return g


P.v = property(make_getter(100))
print(read_v(p))
P.v = property(lambda self, extra=7: self._v + extra)
print(read_v(p))
P.v = property(lambda *args: len(args))
print(read_v(p))
P.v = property(repr)
print(read_v(p)[:3])
P.v = property(None)
try:
    read_v(p)
except AttributeError as e:
    print("AttributeError:", e)

# re-initialising the same property object changes its getter
prop = property(lambda self: "first")
P.w = prop
print(p.w)
prop.__init__(lambda self: "second")
print(p.w)

# a getter that raises: the traceback goes through it
P.v = property(lambda self: 1 / 0)
try:
    read_v(p)
except ZeroDivisionError as e:
    import sys
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("ZeroDivisionError through", names)

# a getter that asks for its caller's frame
import sys


class Where:
    @property
    def here(self):
        f = sys._getframe(1)
        return f.f_code.co_name, f.f_lineno


def ask(w):
    return w.here


print(ask(Where()))

# staticmethod, classmethod through instances and classes, and replaced later
class S:
    base = 10

    @staticmethod
    def st(x):
        return x * 2

    @classmethod
    def cm(cls, x):
        return (cls.__name__, x + cls.base)


class T(S):
    base = 20


def calls(o):
    return o.st(3), o.cm(4), type(o).st(5), type(o).cm(6)


print(calls(S()), calls(T()))
S.st = staticmethod(lambda x: -x)
T.cm = classmethod(lambda cls, x: "replaced")
print(calls(S()), calls(T()))
t = T()
t.cm = lambda x: "instance"
print(calls(t))
