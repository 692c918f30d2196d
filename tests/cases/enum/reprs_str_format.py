# enum: repr(), str() and format() of every kind of member, as 3.14 shows them.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, ReprEnum, auto

class Color(Enum):
    RED = 1
    NAME = 'n'
    TUP = (1, 2)
    FL = 1.5

class Num(IntEnum):
    ONE = 1
    TWO = 2

class Word(StrEnum):
    HELLO = auto()
    WORLD = 'World'

class MixInt(int, Enum):
    A = 7

class MixStr(str, Enum):
    A = 'x'

class MixFloat(float, Enum):
    PI = 3.25

class R(int, ReprEnum):
    A = 3

class Perm(Flag):
    R = 4
    W = 2
    X = 1

class IPerm(IntFlag):
    R = 4
    W = 2
    X = 1

members = list(Color) + list(Num) + list(Word) + [MixInt.A, MixStr.A, MixFloat.PI, R.A]
members += [Perm.R, Perm.R | Perm.W, Perm(0), IPerm.R, IPerm.R | IPerm.X, IPerm(0), IPerm(9)]
for m in members:
    print(repr(m), str(m), format(m), '%s' % m, f'{m}|{m!r}|{m:>20}|')
print(Num.ONE + Num.TWO, Num.TWO * 3, Word.HELLO + '!', Word.WORLD.upper(), MixFloat.PI * 2)
print('{0} {0!s} {0!r}'.format(Num.TWO), f'{Num.TWO:03d}', f'{MixInt.A:>6}')
print(repr(Color), repr(Perm), repr(IPerm), str(Num), repr(Word))
