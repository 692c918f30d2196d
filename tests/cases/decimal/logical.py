from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

c = Context(prec=6, traps=[])
vals = ['0', '1', '10', '1101', '111111', '1010101', '2', '-1', '1.0', '1E+1', 'nan']
for a in vals:
    print(a, [(str(c.logical_and(Decimal(a), Decimal(b))), str(c.logical_or(Decimal(a), Decimal(b))),
               str(c.logical_xor(Decimal(a), Decimal(b)))) for b in vals[:6]], c.logical_invert(Decimal(a)))
print(Decimal('1100').logical_and(Decimal('1010')), Decimal('1100').logical_invert())
show(Decimal('12').logical_and, 1)
