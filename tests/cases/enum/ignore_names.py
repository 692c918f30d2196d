# enum: _ignore_ drops names from the class, as a string or a list.
from enum import Enum, IntEnum

class Period(Enum):
    _ignore_ = 'Period i'
    Period = vars()
    for i in range(3):
        Period['day_%d' % i] = i

print(list(Period), hasattr(Period, 'i'), hasattr(Period, 'Period'), Period.day_2)

class Listed(IntEnum):
    _ignore_ = ['tmp']
    tmp = 5
    A = 1
print(list(Listed), hasattr(Listed, 'tmp'), '_ignore_' in Listed.__dict__)
