# Which __hash__ a dataclass gets from eq, frozen, unsafe_hash and its own.
from dataclasses import dataclass, field


def show(cls):
    h = cls.__dict__.get('__hash__', 'absent')
    if callable(h):
        h = h.__qualname__
    print(cls.__name__, h)


@dataclass
class A:
    x: int


@dataclass(frozen=True)
class B:
    x: int


@dataclass(eq=False)
class C:
    x: int


@dataclass(unsafe_hash=True)
class D:
    x: int
    y: int = field(hash=False)
    z: int = field(compare=False, default=0)
    w: int = field(compare=False, hash=True, default=0)


@dataclass
class E:
    x: int

    def __hash__(self):
        return 42


@dataclass(frozen=True)
class F:
    x: int

    def __hash__(self):
        return 43


@dataclass(eq=False, frozen=True)
class G:
    x: int


for cls in (A, B, C, D, E, F, G):
    show(cls)
print(hash(B(1)) == hash((1,)), hash(D(1, 2, 3, 4)) == hash((1, 4)))
print(hash(E(1)), hash(F(1)))
try:
    hash(A(1))
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass(unsafe_hash=True)
    class H:
        x: int

        def __hash__(self):
            return 1
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Empty:
    pass


@dataclass(frozen=True)
class FrozenEmpty:
    pass


print(Empty() == Empty(), hash(FrozenEmpty()) == hash(()))
