# enum: members with __init__ taking the value's parts, and a custom __new__ setting _value_.
from enum import Enum

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)

for p in Planet:
    print(p, p.value, p.mass, round(p.surface_gravity, 3))
print(Planet((5.976e+24, 6.37814e6)), repr(Planet.EARTH))

class Coordinate(bytes, Enum):
    def __new__(cls, value, label, unit):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        obj.unit = unit
        return obj
    PX = (0, 'P.X', 'km')
    PY = (1, 'P.Y', 'km')
    VX = (2, 'V.X', 'km/s')

print(Coordinate(1), Coordinate.VX.label, Coordinate.PX.unit, Coordinate.PY.value, Coordinate.PY == b'\x01')

class Auto(Enum):
    def __new__(cls, *args):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        obj.args = args
        return obj
    RED = 'r', 'e'
    GREEN = 'g'
print(list(Auto), Auto.RED.args, Auto(2).args)

class Counted(Enum):
    A = 1
    B = 2
    def __init__(self, value):
        self.double = value * 2
print(Counted.A.double, Counted.B.double)
