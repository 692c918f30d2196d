# enum: which subclasses are allowed, and what the others raise.
from enum import Enum, IntEnum, Flag, StrEnum, EnumType

def attempt(label, f):
    try:
        print(label, 'ok', f())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)

class Empty(Enum):
    def hello(self):
        return 'hi ' + self.name

class Full(Empty):
    A = 1

def extend_full():
    class More(Full):
        B = 2
attempt('extend_full', extend_full)

def extend_intenum_members():
    class N(IntEnum):
        A = 1
    class M(N):
        pass
attempt('extend_intenum_members', extend_intenum_members)

def two_enums():
    class A(Enum):
        pass
    class B(Enum):
        pass
    class C(A, B):
        X = 1
    return list(C)
attempt('two_enums', two_enums)

print(Full.A.hello(), Full.__mro__)
attempt('call_empty', lambda: Empty(1))
attempt('call_empty_names', lambda: list(Empty('Sub', 'P Q')))
attempt('intenum_no_members', lambda: IntEnum(3))
attempt('functional_from_members', lambda: Full('X', 'Y'))
