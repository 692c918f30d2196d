# Class calls whose __init__ the eval loop runs inline: results, errors,
# tracebacks and every way __init__ can differ from the plain case.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


pts = [Point(i, -i) for i in range(5)]
print([(p.x, p.y) for p in pts])


class ReturnsInt:
    def __init__(self):
        return 5


try:
    ReturnsInt()
except TypeError as e:
    print("TypeError:", e)


class GenInit:
    def __init__(self):
        yield 1


try:
    GenInit()
except TypeError as e:
    print("TypeError:", e)


class Raises:
    def __init__(self, v):
        self.v = v
        raise ValueError("bad %r" % v)


for v in (1, 2):
    try:
        Raises(v)
    except ValueError as e:
        print("ValueError:", e)


class WrongArgs:
    def __init__(self, a):
        pass


for args in ((), (1, 2)):
    try:
        WrongArgs(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    WrongArgs()
except TypeError as e:
    print("TypeError:", e)


class Defaults:
    def __init__(self, a, b=2, *, c=3):
        self.t = (a, b, c)


print(Defaults(1).t, Defaults(1, 5).t, Defaults(1, c=9).t)


class Base:
    def __init__(self, tag):
        self.tag = tag


class Derived(Base):
    def __init__(self, tag, extra):
        super().__init__(tag)
        self.extra = extra


d = Derived("t", "e")
print(d.tag, d.extra, type(d).__name__)


class WithNew:
    def __new__(cls, v):
        print("__new__", v)
        return super().__new__(cls)

    def __init__(self, v):
        print("__init__", v)


WithNew(3)


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)


class Metaed(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print(Metaed(7).a)


class Frames:
    def __init__(self):
        f = sys._getframe()
        self.names = (f.f_code.co_name, f.f_back.f_code.co_name)


def make():
    return Frames()


print(make().names)


class Counter:
    made = 0

    def __init__(self):
        Counter.made += 1


for i in range(10):
    Counter()
print(Counter.made)

# __init__ replaced on the class between calls
Point.__init__ = lambda self, x, y: setattr(self, "x", x * 100)
print(Point(1, 2).x)
del Point.__init__
try:
    Point(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(type(Point()).__name__)


class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None


try:
    Deep(10000)
except RecursionError as e:
    print("RecursionError:", e)
x = Deep(50)
n = 0
while x:
    n += 1
    x = x.child
print(n)


class ListSub(list):
    def __init__(self, n):
        super().__init__(range(n))


print(ListSub(4))


class Unhandled:
    def __init__(self):
        return "no"


Unhandled()
