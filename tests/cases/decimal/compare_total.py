from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

vals = ['-nan', '-snan', '-inf', '-1', '-1.0', '-0', '0', '0.00', '1.0', '1', '1E+1', '10', 'inf', 'snan', 'nan', 'nan2', 'snan3']
for a in vals:
    print(a, [int(Decimal(a).compare_total(Decimal(b))) for b in vals], [int(Decimal(a).compare_total_mag(Decimal(b))) for b in vals])
print(sorted([Decimal(v) for v in ['2', '1.0', '1', '-0', '0', '1E0']], key=lambda d: d.as_tuple()))
c = Context(traps=[])
print(c.compare(Decimal(1), Decimal('nan')), c.compare_signal(Decimal(1), Decimal('nan')), c.flags[InvalidOperation])
show(Decimal(1).compare_signal, Decimal('nan'))
print(Decimal(1).compare(2), Decimal(2).compare(Decimal('2.0')), Decimal(3).compare(-3))
