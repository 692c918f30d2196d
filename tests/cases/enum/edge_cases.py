# enum: edge cases of lookups, generated values, boundaries and class internals.
from enum import *
import enum
def t(f):
    try: r = f(); print("ok", repr(r))
    except Exception as e: print(type(e).__name__, e)
class C(Enum):
    A = 1
    B = 2
t(lambda: C.A.__class__.__name__)
t(lambda: C.__len__())
t(lambda: C.A < C.B)
t(lambda: Enum('E', names=()))
t(lambda: list(Enum('E', 'a b', boundary=None)))
t(lambda: C.A._name_)
t(lambda: vars(C.A))
t(lambda: C.__dict__['A'])
t(lambda: sorted(k for k in C.__dict__ if not k.startswith('__')))
t(lambda: type(C.__dict__['name']))
t(lambda: [m for m in C if m.value > 1])
t(lambda: C.A.value.__class__)
t(lambda: C(C.A))
t(lambda: C['A'] is C.A)
t(lambda: getattr(C, 'A'))
t(lambda: hasattr(C, 'B'))
t(lambda: C._missing_(5))
t(lambda: IntEnum._generate_next_value_('x', 1, 0, []))
t(lambda: Flag._generate_next_value_('x', 1, 2, [1, 2]))
t(lambda: Flag._generate_next_value_('x', 1, 2, [1, 'a']))
t(lambda: StrEnum._generate_next_value_('XyZ', 1, 2, []))
class Ej(Flag, boundary=EJECT):
    A = 1; B = 2
t(lambda: Ej.A | 8)
t(lambda: Ej(8))
t(lambda: ~Ej.A)
class Big(IntEnum):
    A = 2**70
t(lambda: Big.A)
t(lambda: Big(2**70))
class Neg(IntFlag):
    A = 1
    B = 2
t(lambda: Neg(-1))
t(lambda: Neg(-3))
t(lambda: list(Neg(-1)))
t(lambda: Neg(-1).name)
class W(Enum):
    A = 1
    def __str__(self): return 'WW'
    def __repr__(self): return 'RR'
t(lambda: (str(W.A), repr(W.A), format(W.A), f'{W.A!r}'))
class Dup(Enum):
    A = 1
    B = 1
t(lambda: (Dup.B, Dup.B.name, Dup._member_names_, list(Dup.__members__)))
t(lambda: C.A.__reduce_ex__(2))
t(lambda: Enum.__members__)
t(lambda: len(Enum))
t(lambda: list(Enum))
t(lambda: repr(Enum), )
t(lambda: IntFlag.__members__)
class D(Enum):
    x = 1
    y = 'two'
t(lambda: D.x.name)
t(lambda: D('two'))
t(lambda: D.__members__['y'])
t(lambda: type(D.__members__))
def mk():
    class X(Enum):
        __order__ = 'A B'
        A = 1
        B = 2
    return list(X)
t(mk)
def mk2():
    class X(IntEnum):
        A = auto()
        B = 'x'
    return list(X)
t(mk2)
def mk3():
    class X(Enum):
        A = 1
        def _missing_(cls, v): return cls.A
    return X(5)
t(mk3)
def mk4():
    class X(Enum):
        A = 1
        _generate_next_value_ = lambda *a: 5
    return X
t(mk4)
def mk5():
    class X(StrEnum):
        A = 'a'
        B = auto()
        C = auto()
    return list(X), X.C + X.B
t(mk5)
t(lambda: bool(Neg(0)))
t(lambda: Neg.A in Neg(3))
t(lambda: C.A.__hash__() == hash('A'))
t(lambda: EnumType.__name__)
t(lambda: C.__class__.__qualname__)
t(lambda: enum.EnumMeta)
t(lambda: isinstance(C.__members__, dict))
