# Hashes equal those of equal ints and floats, as CPython's.
from fractions import Fraction as F

for f in [F(1, 2), F(1, 3), F(-1, 3), F(5), F(-1), F(1, 2**61 - 1), F(-3, 2**61 - 1), F(10**30, 7), F(0),
          F(2**61 - 1), F(1, 10**20), F(-2**100, 3)]:
    print(repr(f), hash(f))
print(hash(F(1, 2)) == hash(0.5), hash(F(7)) == hash(7), hash(F(-1)) == hash(-1), hash(F(3, 8)) == hash(0.375))
print(len({F(1, 2), 0.5, F(2, 4), 1, F(1), True}))
