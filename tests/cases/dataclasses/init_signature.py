# The generated __init__ has the class's real parameters: its code object's
# variables and counts, its defaults, and the interpreter's own call errors.
from dataclasses import dataclass, field, KW_ONLY, InitVar

@dataclass
class P:
    x: int
    y: int = 0
    z: list = field(default_factory=list)
    hidden: int = field(default=7, init=False)
    _: KW_ONLY
    k: str = 'a'
    iv: InitVar[int] = 3
    def __post_init__(self, iv):
        print('post_init', iv)

init = P.__init__
c = init.__code__
for a in ['co_varnames', 'co_argcount', 'co_kwonlyargcount', 'co_posonlyargcount',
          'co_nlocals', 'co_cellvars', 'co_name', 'co_filename']:
    print(a, getattr(c, a))
print(init.__defaults__, init.__kwdefaults__)
print(init.__globals__ is globals(), init.__module__, init.__qualname__, init.__name__)
print(init.__annotations__)
print(P(1), P(1, 2, [3], k='b', iv=5))
print(P(1).z is not P(1).z)

for args, kw in [((), {}), ((1, 2, 3, 4), {}), ((1,), {'q': 2}), ((1,), {'x': 2}),
                 ((1,), {'kk': 1}), ((), {'y': 1}), ((1, 2, 3, 4), {'k': 'c'}),
                 ((1,), {'hidden': 2}), ((1,), {'iw': 2})]:
    try:
        P(*args, **kw)
    except TypeError as e:
        print(e)

@dataclass(frozen=True)
class F:
    self: int
    a: int = 1
print(F.__init__.__code__.co_varnames, F(3), F(self=4, a=2))
try:
    F(1, 2, 3)
except TypeError as e:
    print(e)

@dataclass
class Base:
    a: int
    b: str = 'b'

@dataclass(kw_only=True)
class Child(Base):
    c: float = 1.5
    d: bytes
print(Child.__init__.__code__.co_varnames, Child.__init__.__code__.co_kwonlyargcount)
print(Child(1, d=b'x'), Child(a=2, b='q', c=0.5, d=b''))
try:
    Child(1)
except TypeError as e:
    print(e)

@dataclass
class Empty:
    pass
print(Empty.__init__.__code__.co_varnames, Empty())
try:
    Empty(1)
except TypeError as e:
    print(e)

@dataclass(init=False)
class NoInit:
    a: int = 0
print(NoInit.__init__ is object.__init__)
