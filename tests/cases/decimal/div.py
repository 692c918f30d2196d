from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

vals = ['0', '-0', '1', '-2', '3', '7', '0.25', '1E+3', '1E-3', '10', '100', 'inf', '-inf', 'nan']
c = Context(traps=[])
for a in vals:
    print(a, [str(c.divide(Decimal(a), Decimal(b))) for b in vals])
print(c.flags)
for p in [1, 2, 5, 28, 50]:
    c = Context(prec=p, traps=[])
    print(p, c.divide(1, 3), c.divide(2, 3), c.divide(Decimal('1.00'), 4), c.divide(Decimal(100), Decimal('0.10')),
          c.divide(Decimal(12), Decimal('1.2')), c.divide(Decimal('1E+10'), 7))
show(lambda: Decimal(1) / 0)
show(lambda: Decimal(0) / 0)
show(lambda: Decimal(-1) / Decimal('-0'))
show(lambda: 1 / Decimal(4))
