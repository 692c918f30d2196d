from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

from fractions import Fraction
for s in ['0', '-0', '1', '-1', '1.5', '-1.5', '0.1', '1E+10', '1E-10', '123456789012345678901234567890',
          '1E+400', '1E-400', '-7.25E-30', 'inf', '-inf', '100', '1.00', '2.5E+3']:
    d = Decimal(s)
    print(s, hash(d))
for v in [0, 1, -1, 2**61, 2**61 - 1, -2**61 + 1, 10**30, 2**64]:
    print(v, hash(Decimal(v)) == hash(v))
for f in [0.5, 1.25, -0.1, 1e100, 2.0**-40]:
    print(f, hash(Decimal(f)) == hash(f))
print(hash(Decimal('0.5')) == hash(Fraction(1, 2)), hash(Decimal('-2.75')) == hash(Fraction(-11, 4)))
show(hash, Decimal('snan'))
n = Decimal('nan')
print(hash(n) == hash(n), {Decimal(1): 'a', 1: 'b', Decimal('1.0'): 'c'})
print(len({Decimal('1.0'), Decimal(1), 1, 1.0, Decimal('1.00')}))
