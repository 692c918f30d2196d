# replace() and __replace__ build a new instance through __init__.
from dataclasses import dataclass, field, replace, InitVar


@dataclass(frozen=True)
class C:
    x: int
    y: int = 2


c = C(1)
print(replace(c, x=5), replace(c), c.__replace__(y=9), replace(c) is c)
print(C.__replace__.__qualname__)


@dataclass
class D:
    a: int
    b: InitVar[int]
    c: int = field(init=False, default=7)

    def __post_init__(self, b):
        self.c += b


def attempt(make):
    try:
        print(make())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)


attempt(lambda: replace(D(1, 2), a=3))
attempt(lambda: replace(D(1, 2), b=3, c=1))
attempt(lambda: replace(D(1, 2), b=5))
attempt(lambda: replace(C(1), z=1))
attempt(lambda: replace(1))
attempt(lambda: replace(C, x=1))
attempt(lambda: replace(C(1), 2))


@dataclass
class E:
    a: int
    b: InitVar[int] = 4

    def __post_init__(self, b):
        print('b =', b)


print(replace(E(1), a=2))
