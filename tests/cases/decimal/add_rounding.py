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
pairs = [('1.2345', '0'), ('1.2355', '0'), ('1.2350', '0'), ('1.2250', '0'), ('-1.2350', '0'), ('1.2301', '0'),
         ('-1.2301', '0'), ('1.2000001', '0'), ('1.2050', '0'), ('1.2049999', '0'), ('9.9995', '0'),
         ('-9.9995', '0'), ('1E+10', '1'), ('1E+10', '-1'), ('1.23', '-1.23'), ('-0', '0'), ('1E+10', '0.5'),
         ('1E+30', '-1E-30'), ('1', '-1E-40')]
for m in modes:
    c = Context(prec=4, rounding=m, traps=[])
    print(m, [str(c.add(Decimal(a), Decimal(b))) for a, b in pairs], c.flags[Inexact], c.flags[Rounded])
