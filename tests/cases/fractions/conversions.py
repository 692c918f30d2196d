# int, float, round, floor, ceil, trunc, bool and the small methods.
from fractions import Fraction as F

for f in (F(7, 2), F(-7, 2), F(5, 2), F(-5, 2), F(1, 3), F(-1, 3), F(0), F(10**30 + 1, 10**10), F(2**1100, 3)):
    print(repr(f), int(f), float(f) if abs(f) < 10**300 else 'big', round(f), f.__floor__(), f.__ceil__(),
          f.__trunc__(), bool(f), f.is_integer(), f.as_integer_ratio())
for f, n in ((F(1234, 100), 1), (F(1234, 100), -1), (F(25, 100), 1), (F(35, 100), 1), (F(-15, 10), 0),
             (F(5, 2), None), (F(123456, 7), -2), (F(1, 3), 5)):
    print(repr(f), n, repr(round(f, n)))
x = F(3, 4)
print(x.real, x.imag, x.conjugate(), abs(F(-1, 2)), -F(1, 2), +F(1, 2), type(+x).__name__)
