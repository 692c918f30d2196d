# enum: Flag combinations, negation, iteration, len, bool and the bitwise operators.
from enum import Flag, auto

class Perm(Flag):
    R = 4
    W = 2
    X = 1

rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.name, rw.value, list(rw), len(rw), bool(rw))
print(repr(~Perm.R), repr(~rw), repr(~Perm(0)), repr(~Perm(7)))
print(repr(rw & Perm.R), repr(rw & Perm.X), repr(rw ^ Perm.R), repr(rw ^ Perm.X))
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), list(Perm(0)), len(Perm(0)), Perm(0).name)
print(Perm.R in rw, Perm.X in rw, rw in Perm(7), Perm(0) in rw)
print(Perm(6) is rw, Perm(7) is (rw | Perm.X))
print(list(Perm), len(Perm), Perm._member_names_)
for op in (lambda a, b: a | b, lambda a, b: a & b, lambda a, b: a ^ b):
    for a, b in ((Perm.R, 1), (1, Perm.R), (Perm.R, 'x')):
        try:
            print(op(a, b))
        except TypeError as e:
            print('TypeError', e)
print(sorted(m.name for m in Perm(7)))
print([repr(Perm(v)) for v in range(8)])

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    NONE = 0
print(list(Color), Color.__members__)
print(repr(Color.WHITE), repr(Color(7)), repr(Color.RED | Color.GREEN), repr(~Color.WHITE), repr(~Color.NONE))
print(list(Color.WHITE), Color.WHITE.name, Color(0) is Color.NONE)
print(Color._member_names_, Color._flag_mask_, Color._singles_mask_, Color._all_bits_)

class Order(Flag):
    C = 4
    A = 1
    B = 2
print(list(Order), repr(Order(7)), list(Order(7)), repr(Order(3)))
