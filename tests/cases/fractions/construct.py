# Constructing fractions from ints, pairs, floats, strings and fractions.
from fractions import Fraction as F

for args in [(), (3,), (-7,), (8, 6), (10, -8), (-3, -9), (0, 5), (True, 2), (F(1, 7), 5),
             (F(1, 7), F(2, 3)), (2**100, 6**50), (0.5,), (0.1,), (-0.0,), (1e300,), (5e-324,), (2.25,),
             (F(3, 4),), (True,), (10**40, -10**20)]:
    f = F(*args)
    print(args, repr(f), f.numerator, f.denominator)
print(F(numerator=3, denominator=6), F(denominator=4))
