from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

for m in [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]:
    c = Context(prec=3, Emax=9, Emin=-9, rounding=m, traps=[])
    print(m, c.multiply(Decimal('9.99e9'), 10), c.multiply(Decimal('-9.99e9'), 10), c.plus(Decimal('9.996e9')),
          c.divide(Decimal('1e-9'), 3), c.divide(Decimal('-1e-9'), 7), c.multiply(Decimal('1e-9'), Decimal('1e-9')))
c = Context(prec=3, Emax=9, Emin=-9, traps=[])
for v in ['9.999e-10', '9.99e-10', '1e-11', '1.234e-11', '5e-12', '4e-12', '1e-12', '1e-13', '0.5e-11']:
    c.clear_flags()
    r = c.plus(Decimal(v))
    print(v, r, sorted(k.__name__ for k, f in c.flags.items() if f))
show(lambda: Decimal('9e999999') * 10)
show(lambda: Decimal('-9e999999') * 10)
print(Decimal('1e-999999') / 10, Decimal('1e-999999') / 1000)
