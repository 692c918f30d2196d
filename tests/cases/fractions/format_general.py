# format() without a presentation type: fill, align, sign, '#', width, separators.
from fractions import Fraction as F

for v in (F(1, 3), F(-7, 2), F(0), F(10**20, 3), F(5), F(-10**7, 10**6 + 1)):
    for s in ['', '10', '<10', '^12', '*>10', '+', ' ', '-', ',', '_', '#', '#10', '=10', '0', '0=10', '#,',
              '>>10', '^', '+^15,', ' =12_', 'x<3']:
        print(repr(s), repr(format(v, s)))
    print(f"{v}|{v:>12}|{v!r:>20}")
