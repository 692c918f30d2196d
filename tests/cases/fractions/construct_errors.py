# The constructor's and converters' errors.
from fractions import Fraction as F

calls = [lambda: F(1, 0), lambda: F(0, 0), lambda: F(1.5, 2), lambda: F('1', 2), lambda: F(2, '1'),
         lambda: F(float('nan')), lambda: F(float('inf')), lambda: F(-float('inf')), lambda: F([1]),
         lambda: F(1, 2, 3), lambda: F(None), lambda: F(1j), lambda: F(F(1, 2), 0),
         lambda: F.from_float(1), lambda: F.from_float('1'), lambda: F.from_float(float('nan')),
         lambda: F.from_float(F(1, 2)), lambda: F.from_decimal(1), lambda: F.from_decimal(1.5),
         lambda: F.from_number(1.5), lambda: F.from_number('1'), lambda: F.from_number(True),
         lambda: F.from_number(F(1, 2)), lambda: F.from_number(float('inf')),
         lambda: F(3, 4).limit_denominator(0), lambda: F(3, 4).limit_denominator(-5)]
for c in calls:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
