from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

vals = ['1', '1.0', '-1', '-1.0', '2', '-0', '0', 'nan', 'inf', '-inf', '0.00']
c = Context(traps=[])
for a in vals:
    print(a, [(str(c.max(Decimal(a), Decimal(b))), str(c.min(Decimal(a), Decimal(b))), str(c.max_mag(Decimal(a), Decimal(b))),
               str(c.min_mag(Decimal(a), Decimal(b)))) for b in vals])
print(Decimal(3).max(7), Decimal(3).min(Decimal('3.00')), Decimal(-3).max_mag(2))
show(Decimal(1).max, Decimal('snan'))
print(Context(prec=2).max(Decimal('1.234'), Decimal(1)))
