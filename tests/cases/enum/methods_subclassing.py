# enum: methods, classmethods, staticmethods, subclassing a member-less enum and __init_subclass__.
from enum import Enum, IntEnum

class Base(Enum):
    def describe(self):
        return '%s is %r' % (self.name, self.value)
    @classmethod
    def favourite(cls):
        return cls(2)
    @staticmethod
    def helper():
        return 'help'
    def __str__(self):
        return 'Base(%s)' % self.name

class Mood(Base):
    FUNKY = 1
    HAPPY = 2

print(Mood.FUNKY.describe(), Mood.favourite(), Mood.helper(), str(Mood.HAPPY), repr(Mood.HAPPY), format(Mood.HAPPY))
print(Mood.__mro__, issubclass(Mood, Base), isinstance(Mood.FUNKY, Base), Base.__members__)

class Tracked(Enum):
    def __init_subclass__(cls, **kwds):
        print('init_subclass', cls.__name__, kwds, list(cls.__members__))
        super().__init_subclass__()

class T(Tracked, tag='x'):
    A = 1
    B = 2

class OrderedEnum(Enum):
    def __ge__(self, other):
        if self.__class__ is other.__class__:
            return self.value >= other.value
        return NotImplemented
    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented

class Grade(OrderedEnum):
    A = 5
    B = 4
    C = 3
print(Grade.C < Grade.A, Grade.B >= Grade.A, sorted(Grade))
try:
    Grade.A < 1
except TypeError as e:
    print('TypeError', e)
try:
    Mood.FUNKY < Mood.HAPPY
except TypeError as e:
    print('TypeError', e)

class Num(IntEnum):
    ONE = 1
    def __str__(self):
        return 'one!'
print(str(Num.ONE), format(Num.ONE), repr(Num.ONE))

class Fmt(Enum):
    A = 1
    def __format__(self, spec):
        return 'fmt<%s>' % spec
print(format(Fmt.A, 'x'), f'{Fmt.A:y}', str(Fmt.A))
