# enum: odds and ends: StrEnum argument errors, Flag auto errors, empty enums, class-level operations.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumDict

def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def bad_str():
    class S(StrEnum):
        A = 1
attempt(bad_str)

def bad_encoding():
    class S(StrEnum):
        A = b'x', 1
attempt(bad_encoding)

def flag_auto_after_str():
    class F(Flag):
        A = 'x'
        B = auto()
attempt(flag_auto_after_str)

class Empty(Enum):
    pass
attempt(lambda: (list(Empty), len(Empty), bool(Empty), Empty.__members__))
attempt(lambda: Empty(1))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)
attempt(lambda: (Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.gravity))
attempt(lambda: Planet((3.303e+23, 2.4397e6)))

class Counter(IntEnum):
    ONE = 1
    TWO = 2
attempt(lambda: (sorted([Counter.TWO, Counter.ONE]), max(Counter), sum(Counter), Counter.ONE < 2))
attempt(lambda: ({Counter.ONE: 'a'}[1], Counter.TWO in [2], str(Counter.ONE), '%d|%s|%r' % (Counter.TWO, Counter.TWO, Counter.TWO)))
attempt(lambda: (Counter.ONE.__class__.__mro__, Counter.__members__.keys()))
attempt(lambda: [m for m in reversed(Counter)])

d = EnumDict()
d['A'] = 1
d['_order_'] = 'A'
d['__x__'] = 2
attempt(lambda: (d.member_names, dict(d)))
attempt(lambda: unique(Counter))

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
attempt(lambda: [Perm.R | Perm.W == 6, Perm(6) in [6], Perm.R + Perm.W, repr(Perm.R << 1), repr(-Perm.R)])
attempt(lambda: (repr(Perm(7) & ~Perm.R), repr(Perm.R ^ 7), repr(7 ^ Perm.R), type(7 ^ Perm.R)))
