from decimal import *
from fractions import Fraction
import numbers
print(isinstance(Decimal(1), numbers.Number), isinstance(Decimal(1), numbers.Rational), isinstance(Decimal(1), numbers.Real))
for d in ['0.5', '1', '-2.25', '0.3333', 'inf', '-inf', 'nan']:
    for f in [Fraction(1, 2), Fraction(1), Fraction(-9, 4), Fraction(1, 3)]:
        x = Decimal(d)
        try:
            print(d, f, x == f, x != f, x < f, x >= f, f == x, f > x)
        except Exception as e:
            print(d, f, type(e).__name__, e)
print(Fraction(Decimal('1.47')), Fraction.from_decimal(Decimal('-0.125')), Fraction(Decimal('1e-5')))
