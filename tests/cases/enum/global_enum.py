# enum: global_enum exports the members to the module and changes repr and str.
from enum import Enum, IntEnum, Flag, IntFlag, global_enum

@global_enum
class Color(Enum):
    RED = 1
    GREEN = 2

@global_enum
class Num(IntEnum):
    ONE = 1

@global_enum
class Perm(Flag):
    R = 4
    W = 2
    X = 1

@global_enum
class IPerm(IntFlag):
    IR = 4
    IW = 2

print(RED, repr(RED), GREEN is Color.GREEN, repr(Num.ONE), str(ONE))
print(repr(R), repr(R | W), repr(Perm(0)), str(R | W), str(R), str(Perm(0)))
print(repr(IR), repr(IR | IW), repr(IPerm(9)), str(IR | IW), repr(IPerm(0)))
print(repr(Color), list(Color))
