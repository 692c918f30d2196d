from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

vals = ['0', '-0', '2', '-3', '1.5', '0.001', '1E+500000', '1E-500000', '123456789123456789', 'inf', '-inf', 'nan', '-snan']
c = Context(traps=[])
for a in vals:
    print(a, [str(c.multiply(Decimal(a), Decimal(b))) for b in vals])
print(c.flags)
for p in [1, 3, 10, 30]:
    c = Context(prec=p)
    print(p, c.multiply(Decimal('1.23456789'), Decimal('9.87654321')), c.multiply(Decimal(7), Decimal(11)))
print(Decimal(3) * 4, 4 * Decimal(3), Decimal('1.1') * True)
