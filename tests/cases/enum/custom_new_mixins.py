# enum: a custom __new__ on a bytes mixin and on a pure enum, dir() of an IntFlag member, _missing_ raising KeyError.
from enum import Enum, IntEnum, Flag, IntFlag, auto
class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')
print(Coord.PY.label, Coord(1).label, Coord.PX == b'\x00')
class Ordinal(Enum):
    def __new__(cls, *args):
        obj = object.__new__(cls)
        obj._value_ = len(cls.__members__) + 1
        return obj
    def __init__(self, a, b):
        self.pair = (a, b)
    X = 'x', 1
    Y = 'y', 2
print(list(Ordinal), Ordinal.Y.pair)
class P(IntFlag):
    A = 1
    B = 2
print(hash(P.A | P.B) == hash(3), dir(P.A)[:5], P.A.__doc__ is None)
class E(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
print(E('a'), E.A.__hash__() == hash('A'))
try:
    E('b')
except KeyError as e:
    print('KeyError', e, repr(e.__context__))
