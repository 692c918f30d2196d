# enum: members in match statements, as value patterns and class patterns.
from enum import Enum, IntEnum, Flag

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

class Num(IntEnum):
    ONE = 1
    TWO = 2

def describe(c):
    match c:
        case Color.RED:
            return 'red'
        case Color.GREEN | Color.BLUE:
            return 'green or blue'
        case Num.ONE:
            return 'one'
        case 2:
            return 'two-ish'
        case Color():
            return 'some colour'
        case _:
            return 'other'

for v in (Color.RED, Color.BLUE, Num.ONE, 1, Num.TWO, 2, 'x'):
    print(repr(v), describe(v))
