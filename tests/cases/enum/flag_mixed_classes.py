# enum: flags of different classes together, zero and all-bits members, negative values.
from enum import *
def t(f):
    try: r = f(); print("ok", repr(r))
    except Exception as e: print(type(e).__name__, e)
class A(Flag):
    X = auto(); Y = auto()
class B(Flag):
    X = auto()
t(lambda: A.X | B.X)
t(lambda: A.X & B.X)
t(lambda: A.X in B.X)
class IA(IntFlag):
    X = 1
class IB(IntFlag):
    X = 1
t(lambda: IA.X | IB.X)
t(lambda: IA.X + IB.X)
t(lambda: IA.X == IB.X)
class Z(IntFlag):
    NONE = 0
    A = 1
    B = 2
    ALL = 3
t(lambda: (list(Z), list(Z.ALL), repr(~Z.ALL), repr(~Z.NONE), repr(Z(0)), Z.NONE in Z.A, repr(Z.A ^ Z.A)))
t(lambda: [repr(Z(v)) for v in range(-4, 6)])
class Col(Flag):
    RED = auto(); GREEN = auto(); BLUE = auto()
    PURPLE = RED | BLUE
t(lambda: (repr(Col.PURPLE), repr(Col(5)), repr(Col.RED|Col.GREEN|Col.BLUE), list(Col.PURPLE), repr(~Col.PURPLE)))
t(lambda: Col.RED < Col.BLUE)
t(lambda: sorted(Col, key=lambda c: c.value))
t(lambda: Col.RED.value + 1)
class NegF(Flag):
    A = 1
t(lambda: NegF(-2))
t(lambda: format(Col.PURPLE, '>20'))
t(lambda: f'{Z.ALL:>5}')
t(lambda: str(Z(8)))
t(lambda: (Z(8).name, Z(9).name, repr(Z(9))))
