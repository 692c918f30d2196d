from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

vals = ['1', '1.0', '-2', '2.30', 'inf', '-inf', 'nan', 'snan', '0E+2']
for a in vals:
    print(a, [Decimal(a).same_quantum(Decimal(b)) for b in vals], [str(Decimal(a).copy_sign(Decimal(b))) for b in vals])
print(Decimal('-1.5').copy_abs(), Decimal('1.5').copy_negate(), Decimal('-nan').copy_abs(), Decimal(3).copy_sign(-1))
print(Decimal(1).same_quantum(1), Decimal('1.5').canonical(), Decimal(5).is_canonical())
