# enum: members whose values are None, floats, strings, objects and classes.
from enum import Enum

class Odd(Enum):
    NONE = None
    PI = 3.14
    TEXT = 'text'
    EMPTY = ''
    ZERO = 0
    FALSE = False
    T = (1, (2, 3))
    FROZEN = frozenset({1})
    KIND = int

print(list(Odd))
print(Odd(None), Odd(3.14), Odd(''), Odd(0), Odd(False), Odd((1, (2, 3))), Odd(frozenset({1})), Odd(int))
print(Odd.FALSE is Odd.ZERO, Odd(0.0), Odd.__members__.keys())
print(repr(Odd.NONE), str(Odd.EMPTY), format(Odd.PI, '>10'), Odd.KIND.value)
