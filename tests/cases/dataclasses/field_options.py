# init=False, repr=False and compare=False fields.
from dataclasses import dataclass, field


@dataclass
class C:
    a: int
    b: int = field(init=False, default=7)
    c: list = field(init=False, default_factory=list)
    d: int = field(repr=False, default=0)
    e: int = field(compare=False, default=0)


c = C(1)
print(c, c.__dict__, C.b, 'c' in C.__dict__)
print(C(1, d=5) == C(1, d=6), C(1, e=5) == C(1, e=6))
print(C.__init__.__annotations__, C.__match_args__, C.__doc__)


@dataclass
class NoInit:
    a: int = field(init=False)


n = NoInit()
print(hasattr(n, 'a'))
try:
    print(n)
except AttributeError as e:
    print('AttributeError:', e)
