# Powers with integer, fractional, float and complex exponents.
from fractions import Fraction as F

for a, b in [(F(2, 3), 2), (F(2, 3), -2), (F(-2, 3), 3), (F(-2, 3), -3), (F(4, 9), F(1, 2)), (F(-8), F(1, 3)),
             (2, F(1, 2)), (2, F(3)), (2, F(-3)), (F(0), -1), (F(0), 0), (F(5), 0), (2.0, F(1, 2)), (F(1, 4), 0.5),
             (F(1, 4), 1j), (1j, F(2)), (F(2), F(-2)), (F(7, 3), F(2, 1)), (-8, F(1, 3)), (F(3), True)]:
    try:
        print(repr(a), repr(b), repr(a ** b))
    except Exception as e:
        print(repr(a), repr(b), type(e).__name__, e)
for args in ((F(2), 2, 3), (2, F(2), 3)):
    try:
        pow(*args)
    except TypeError as e:
        print(e)
