# The argument errors of a generated __init__ are a Python function's.
from dataclasses import dataclass, KW_ONLY


def attempt(make):
    try:
        print(make())
    except TypeError as e:
        print('TypeError:', e)


@dataclass
class C:
    x: int
    y: int = 2
    _: KW_ONLY
    k: int
    m: int = 5


attempt(lambda: C())
attempt(lambda: C(1, 2, 3))
attempt(lambda: C(1, 2, 3, k=1))
attempt(lambda: C(1, 2, 3, k=1, m=2))
attempt(lambda: C(1, 2, 3, 4))
attempt(lambda: C(1))
attempt(lambda: C(1, k=3))
attempt(lambda: C(1, xx=3))
attempt(lambda: C(1, yy=3, k=1))
attempt(lambda: C(1, K=3))
attempt(lambda: C(1, zzzzzz=3))
attempt(lambda: C(1, x=3))
attempt(lambda: C(1, 2, 3, x=3))
attempt(lambda: C(y=1))
attempt(lambda: C.__init__())
attempt(lambda: C(1, **{'k': 2, 'y': 3}))


@dataclass
class D:
    a: int
    b: int
    c: int


attempt(lambda: D())
attempt(lambda: D(1))
attempt(lambda: D(1, 2, 3, 4))
attempt(lambda: D(1, 2, 3, 4, 5))
attempt(lambda: D(c=1))


@dataclass
class E:
    pass


attempt(lambda: E(1))
attempt(lambda: E(1, 2))
attempt(lambda: E(x=1))
attempt(lambda: E())
