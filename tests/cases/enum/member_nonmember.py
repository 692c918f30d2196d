# enum: member() and nonmember(), nested classes, descriptors and private names.
from enum import Enum, member, nonmember

class Outer(Enum):
    A = 1
    B = nonmember(2)
    C = member(lambda x: x * 2)
    _Outer__secret = 5
    __dunder__ = 'd'
    class Inner:
        pass
    def method(self):
        return 'm'

print(list(Outer), Outer.B, Outer.C.value(21), Outer._Outer__secret, Outer.__dunder__)
print(Outer.Inner, Outer.A.method(), list(Outer.__members__))

class Wrapped(Enum):
    X = member(nonmember(3))
print(list(Wrapped), repr(Wrapped.X.value))
