from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

for v in ['0', '-0.00', '1.5', '-123E+5', '1E-30', 'inf', '-inf', 'nan', '-nan12', 'snan', '123456789012345678901234567890']:
    d = Decimal(v)
    t = d.as_tuple()
    print(v, t, t.sign, t.digits, t.exponent, type(t).__name__, d.adjusted())
    if d.is_finite():
        print(d.as_integer_ratio(), Decimal(t) == d)
show(Decimal('nan').as_integer_ratio)
show(Decimal('-inf').as_integer_ratio)
print(DecimalTuple(0, (1,), 2), DecimalTuple._fields, Decimal(DecimalTuple(1, (5,), -1)))
