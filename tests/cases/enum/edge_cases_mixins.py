# enum: edge cases of tuple values, mixin classes, overridden members and flags of odd values.
from enum import *
import enum
def t(f):
    try: r = f(); print("ok", repr(r))
    except Exception as e: print(type(e).__name__, e)
class P(Enum):
    A = (1, 2)
    B = (3, 4)
t(lambda: P(1, 2))
t(lambda: P((3, 4)))
t(lambda: P.__members__)
def f1(): P.__members__['C'] = 1
t(f1)
class Sh(Enum):
    A = 1
    def __bool__(self): return False
t(lambda: bool(Sh.A))
class Lazy(Enum):
    A = 1
    @classmethod
    def make(cls): return cls(1)
t(Lazy.make)
class Mix:
    def desc(self): return 'mix:' + self.name
class ME(Mix, Enum):
    A = 1
t(lambda: (ME.A.desc(), ME._member_type_, repr(ME.A)))
class Str2(str, Enum):
    A = 'a'
    def __str__(self): return self.value
t(lambda: (str(Str2.A), format(Str2.A), f'{Str2.A}', repr(Str2.A)))
t(lambda: enum.Flag.__or__(Flag, 1))
class F(Flag):
    A = 1
    B = 2
t(lambda: F.A.__reduce_ex__(4))
t(lambda: (F.A|F.B).__reduce_ex__(4))
t(lambda: F(3) == F.A | F.B)
t(lambda: [repr(x) for x in F.A | F.B])
t(lambda: F.A < F.B)
class NoInt(Flag):
    A = 'a'
t(lambda: list(NoInt))
class Cnt(IntEnum):
    A = 1
    B = 2
t(lambda: sum(Cnt))
t(lambda: Cnt.A.__index__())
t(lambda: Cnt.__getitem__('A'))
t(lambda: Cnt.A.__objclass__)
t(lambda: repr(Cnt.A.value))
t(lambda: type(Cnt.A.value))
t(lambda: (Cnt.B.numerator, Cnt.B.real))
t(lambda: Cnt.A is Cnt(1.0))
t(lambda: Cnt('A'))
def mk():
    class X(Enum):
        A = 1
        @property
        def value(self): return 'over'
    return X.A.value
t(mk)
def mk2():
    class X(Enum):
        name = 1
        A = 2
    return X.name, X.A.name, X.name.name
t(mk2)
def mk3():
    class X(IntFlag, boundary=STRICT):
        A = 1
    return X(3)
t(mk3)
def mk4():
    class X(Flag):
        A = 1
        B = 2
        AB = 3
        _order_ = 'A B'
    return list(X)
t(mk4)
def mk5():
    class X(Flag):
        A = 1
        B = 'x'
    return X
t(mk5)
def mk6():
    class X(Enum):
        A = 1
        B = enum.nonmember(2)
        C = auto()
    return list(X)
t(mk6)
