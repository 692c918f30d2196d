# Comparisons with fractions, ints, floats, complex numbers and others.
from fractions import Fraction as F

nan, inf = float('nan'), float('inf')
for a in (F(1, 3), F(1, 2), F(-5), F(0)):
    for b in (F(1, 3), 0.5, 1 / 3, -5, 0, nan, inf, -inf, 0.5 + 0j, 1j, F(-10, 2)):
        try:
            order = (a < b, a <= b, a > b, a >= b, b < a)
        except TypeError as e:
            order = str(e)
        print(a, b, a == b, a != b, b == a, order)
for bad in ('a', None, [1]):
    try:
        F(1, 2) < bad
    except TypeError as e:
        print(e)
    print(F(1, 2) == bad)
print(sorted([F(1, 2), 0.25, F(1, 3), 1, -F(7, 3)]))
