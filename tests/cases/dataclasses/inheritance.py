# Fields accumulate through the MRO; a subclass may redefine a field.
from dataclasses import dataclass, field, fields


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Child(Base):
    z: int = 2
    x: int = 10


print([f.name for f in fields(Child)], Child(), Child(1, 2, 3), Child.__doc__)


class Middle(Base):
    pass


@dataclass
class Leaf(Middle):
    w: str = 'w'


print(Leaf(5), Leaf.__match_args__)


@dataclass
class Mixin:
    m: int = 0


try:
    @dataclass
    class Multi(Leaf, Mixin):
        pass
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Multi2(Mixin, Leaf):
    pass


print(Multi2(1), [f.name for f in fields(Multi2)])
try:
    @dataclass
    class Bad(Base):
        q: int
except TypeError as e:
    print('TypeError:', e)
