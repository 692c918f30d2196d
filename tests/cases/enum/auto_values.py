# enum: auto() in plain, int, str and flag enums; _generate_next_value_ overrides.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto

class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print(list(A))

class B(Enum):
    X = 5
    Y = 2
    Z = auto()
print(list(B))

class Lower(StrEnum):
    ALPHA = auto()
    Beta = auto()
print(list(Lower), [str(m) for m in Lower])

class F(Flag):
    A = auto()
    B = auto()
    C = auto()
    D = 32
    E = auto()
print(list(F), F.__members__)

class IF(IntFlag):
    A = auto()
    B = auto()
print(list(IF))

class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title() + str(count)
    ONE = auto()
    TWO = auto()
print(list(Named))

class Tup(Enum):
    A = auto(), 'x'
    B = auto(), 'y'
print(list(Tup))

print(repr(auto()), repr(auto(5)))

try:
    class Bad(Enum):
        X = 'a'
        Y = auto()
except TypeError as e:
    print('TypeError', e)

try:
    class Late(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last_values):
            return 1
except TypeError as e:
    print('TypeError', e)

class IE(IntEnum):
    A = auto()
    B = auto()
print(list(IE), IE.B + 1)
