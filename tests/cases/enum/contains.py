# enum: `in` on an enum class takes members and (3.12+) values.
from enum import Enum, IntEnum, Flag

class Color(Enum):
    RED = 1
    GREEN = 'g'
    BLUE = [3]

class Other(Enum):
    RED = 1

for v in (Color.RED, 1, 'g', [3], 2, Other.RED, 'RED', None, (1,)):
    print(repr(v), v in Color)

class Num(IntEnum):
    A = 1
print(1 in Num, 2 in Num, Num.A in Num, 1.0 in Num)

class P(Flag):
    R = 4
    W = 2
print(P.R in P, 4 in P, 6 in P, (P.R | P.W) in P, P.R in (P.R | P.W), P.W in P.R)
try:
    print(1 in P.R)
except TypeError as e:
    print('TypeError', e)
