# enum: FlagBoundary STRICT, CONFORM, EJECT and KEEP on values outside the members.
from enum import Flag, IntFlag, FlagBoundary, STRICT, CONFORM, EJECT, KEEP

def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class S(Flag, boundary=STRICT):
    A = 1
    B = 2
    D = 8

class C(Flag, boundary=CONFORM):
    A = 1
    B = 2
    D = 8

class E(Flag, boundary=EJECT):
    A = 1
    B = 2
    D = 8

class K(Flag, boundary=KEEP):
    A = 1
    B = 2
    D = 8

for cls in (S, C, E, K):
    print(cls, cls._boundary_)
    for v in (3, 4, 7, 16, 19, -1, -3, 0, 'x'):
        attempt(lambda: cls(v))
    attempt(lambda: ~cls.A)
print(list(FlagBoundary), repr(STRICT), str(KEEP), format(EJECT), CONFORM.value)

class I(IntFlag):
    A = 1
    B = 2
print(I._boundary_, repr(I(12)), repr(I(-1)), repr(~I.A), repr(I.A | 4), repr(4 | I.A), repr(I.B & 3), repr(I.A ^ 5))
print(type(I.A | 4), type(I.A + 4), I.A + 4, I(12) & 4)
attempt(lambda: I('a'))
