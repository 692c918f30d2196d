# Fraction literals in strings, accepted and refused.
from fractions import Fraction as F

for s in ['1/2', ' 3/4 ', '-5', '+5', '1.5', '-.5', '1e3', '1E-3', '1_000', '1_000/3_0', '1.5e2/3', '1/0',
          '', 'x', '1/-2', '1 /2', '0x10', 'inf', 'nan', '1.', '.', '1__0', '3.1_4', '1e1_0', '\t7\n', '1/2/3',
          '\u0663', '-0', '1_/2', '_1', '1e+5', '1e+-5', '2.5E-2', '+-1', '- 1', '1e', 'e5', '1.2.3', '0003/0006',
          '-12.5e-3', '1e5e3', ' -  3', '3 / 4', '1/ 2', '12_3.4_5e1_0']:
    try:
        print(repr(s), repr(F(s)))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(s), type(e).__name__, e)
