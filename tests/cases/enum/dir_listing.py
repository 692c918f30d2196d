# enum: dir() of enum classes and of members without a data type.
from enum import Enum, Flag

class Color(Enum):
    RED = 1
    BLUE = 2
    def shade(self):
        pass
    @classmethod
    def pick(cls):
        pass

class Perm(Flag):
    R = 1
    W = 2

class Plain(Enum):
    A = 1
    def __init__(self, v):
        self.extra = v

print(dir(Color))
print(dir(Color.RED))
print(dir(Perm))
print(dir(Perm.R))
print(dir(Plain.A))
print(dir(Enum), dir(Flag))
