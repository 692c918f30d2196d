# enum: _missing_ finds members for other values, and what a bad _missing_ raises.
from enum import Enum, IntEnum, StrEnum

class Color(Enum):
    RED = 'red'
    GREEN = 'green'
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None

print(Color('RED'), Color('Green'))
try:
    Color(3)
except ValueError as e:
    print('ValueError', e, e.__context__)

class Wrong(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 5

class Raises(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        raise LookupError('no %r' % (value,))

class RaisesValue(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        raise ValueError('bad %r' % (value,))

for cls in (Wrong, Raises, RaisesValue):
    try:
        cls(9)
    except Exception as e:
        print(type(e).__name__, e, '| context:', repr(e.__context__))

class Default(IntEnum):
    UNKNOWN = 0
    ONE = 1
    @classmethod
    def _missing_(cls, value):
        return cls.UNKNOWN
print(repr(Default(7)), repr(Default(1)), Default('x'))

class Lower(StrEnum):
    A = 'a'
    @classmethod
    def _missing_(cls, value):
        return cls.__members__.get(value.upper())
print(repr(Lower('A')), repr(Lower('a')))
try:
    Lower('b')
except ValueError as e:
    print('ValueError', e)
