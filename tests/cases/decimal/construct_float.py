from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

for f in [0.0, -0.0, 1.0, 0.1, -2.5, 1e300, 5e-324, 1.7976931348623157e308, float('inf'), float('-inf'), 1/3, 100.0, 123.456]:
    print(repr(Decimal(f)))
print(repr(Decimal(float('nan'))))
print(getcontext().flags[FloatOperation])
getcontext().clear_flags()
Decimal(1.5)
print(getcontext().flags[FloatOperation])
c = Context(traps=[FloatOperation])
show(c.create_decimal, 1.5)
show(Decimal, 1.5, c)
show(Decimal.from_float, 0.1)
show(Decimal.from_float, 7)
show(Decimal.from_float, '1')
show(Context().create_decimal_from_float, 0.1)
show(Context(prec=5).create_decimal_from_float, 0.1)
show(Decimal.from_number, 2.5)
show(Decimal.from_number, 3)
show(Decimal.from_number, '3')
