# enum: _ignore_ with a loop in the body, copies, StrEnum lookups, class attribute rules and IntFlag with ints.
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, nonmember, member

class C(Enum):
    A = 1
    B = 2
    _ignore_ = ['tmp']
    tmp = 5
print(C.A.__copy__() is C.A, C.B.__deepcopy__({}) is C.B, hasattr(C, "tmp"))
class W(Enum):
    _ignore_ = 'i'
    W = 0
    for i in range(3):
        locals()['V%d' % i] = i + 10
print(list(W))
print(C.A.__reduce_ex__(2), C.__class__.__name__)
class Shape(StrEnum):
    SQ = 'sq'
print(Shape('sq'), Shape.SQ == 'sq', Shape.SQ in {'sq'}, 'sq' in Shape, Shape.SQ.upper(), len(Shape.SQ))
class F(Flag):
    A = auto()
    B = auto()
print(F.A | F.B, F(3), bool(F(0)), F.A in F.A | F.B, [f.name for f in F])
print(IntEnum('X', 'a b').a, Enum('Y', 'a b').__members__)
try:
    C.A = 3
except AttributeError as e:
    print(e)
try:
    del C.A
except AttributeError as e:
    print(e)
C.new_attr = 4
print(C.new_attr, C['A'], C.A.__class__, type(C.__members__))
class M(IntFlag):
    A = 1
print(M.A | 2, 2 | M.A, M.A & 1, ~M.A, M(0), str(M(3)))
