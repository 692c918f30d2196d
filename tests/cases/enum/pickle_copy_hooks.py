# enum: the pickling hooks and copying of members.
from enum import Enum, IntEnum, Flag, StrEnum, pickle_by_enum_name, pickle_by_global_name

class Color(Enum):
    RED = 1
    GREEN = (2, 3)

class Num(IntEnum):
    ONE = 1

class Perm(Flag):
    R = 1
    W = 2

class S(StrEnum):
    A = 'a'

for m in (Color.RED, Color.GREEN, Num.ONE, Perm.R, Perm.R | Perm.W, S.A):
    r = m.__reduce_ex__(4)
    print(r, r[0](*r[1]) is m, m.__copy__() is m, m.__deepcopy__({}) is m)
print(pickle_by_enum_name(Color.RED, 4), pickle_by_global_name(Color.RED, 4))
