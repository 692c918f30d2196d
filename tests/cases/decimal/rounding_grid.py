from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

modes = [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
vals = ['5.5', '2.5', '1.6', '1.1', '1.0', '-1.0', '-1.1', '-1.6', '-2.5', '-5.5', '0.5', '-0.5', '0.05', '10.5', '15.5', '0.49999', '50.01', '59.9', '51']
for m in modes:
    c = Context(prec=1, rounding=m, traps=[])
    print(m, [str(c.plus(Decimal(v))) for v in vals])
for m in modes:
    c = Context(prec=2, rounding=m, traps=[])
    print(m, [str(c.divide(Decimal(a), Decimal(b))) for a, b in [(1, 3), (2, 3), (-1, 3), (-2, 3), (1, 8), (3, 8), (5, 8), (-5, 8), (1, 40)]])
