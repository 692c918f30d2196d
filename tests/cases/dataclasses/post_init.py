# __post_init__ runs after the fields are set, with the InitVar values.
from dataclasses import dataclass, field, InitVar


@dataclass
class C:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)

    def __post_init__(self, scale):
        print('post_init', self.a, scale)
        self.b = self.a * scale


print(C(3), C(3, 5), C(a=1, scale=10))
print(C.__init__.__annotations__)
print(C.__match_args__, list(C.__dataclass_fields__))
print('scale' in C(1).__dict__)


@dataclass
class Base:
    x: int

    def __post_init__(self):
        print('base post_init', self.x)


@dataclass
class Derived(Base):
    y: int = 0


print(Derived(1, 2))


@dataclass
class NoDefault:
    a: int
    i: InitVar[str]

    def __post_init__(self, i):
        print('i is', i)


print(NoDefault(1, 'z'), NoDefault.__doc__)
