# enum: members with data types mixed in (int, str, float, tuple, a class with __new__).
from enum import Enum

class Num(int, Enum):
    ONE = 1
    TWO = 2

class Text(str, Enum):
    A = 'a'
    B = 'b'

class Coord(tuple, Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)

class Money(float, Enum):
    CENT = 0.01
    DOLLAR = 1.0

class Point:
    def __new__(cls, x, y):
        self = object.__new__(cls)
        self.x, self.y = x, y
        return self
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

class Where(Point, Enum):
    HERE = 1, 2
    THERE = 3, 4

for m in (Num.ONE, Text.A, Coord.UNIT, Money.CENT):
    print(repr(m), str(m), format(m), m.value, type(m.value).__name__, isinstance(m, Enum))
print(Num.ONE + 1, Text.A + 'x', Coord.UNIT[0], Money.DOLLAR * 3, Num(2), Text('b'), Coord((0, 0)))
print(Where.HERE.x, Where.THERE.y, repr(Where.HERE), Where.HERE.value)
print(Num._member_type_, Text._member_type_, Coord._member_type_, Where._member_type_, Num.__mro__)
print(f'{Num.TWO:>5}|{Text.B:>5}|')
