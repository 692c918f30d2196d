# slots=True returns a new class whose instances have no __dict__.
from dataclasses import dataclass, field


@dataclass(slots=True)
class P:
    x: int
    y: int = 0


p = P(1)
print(p, P.__slots__, hasattr(p, '__dict__'), P.__qualname__)
try:
    p.z = 1
except AttributeError as e:
    print('AttributeError:', e)


@dataclass(slots=True, frozen=True)
class F:
    a: int
    b: list = field(default_factory=list)


f = F(1)
print(f, F.__slots__, f.__getstate__())
try:
    f.a = 2
except AttributeError as e:
    print(type(e).__name__, e)
g = F.__new__(F)
g.__setstate__([5, [6]])
print(g)


@dataclass(slots=True)
class Q(P):
    z: int = 3


print(Q(1, 2, 3), Q.__slots__)


@dataclass(slots=True, weakref_slot=True)
class W:
    a: int


print(W.__slots__, W(1))
try:
    @dataclass(weakref_slot=True)
    class X:
        a: int
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass(slots=True)
    class Y:
        __slots__ = ('a',)
        a: int
except TypeError as e:
    print('TypeError:', e)
