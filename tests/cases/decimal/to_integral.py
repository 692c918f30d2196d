from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

for v in ['2.5', '3.5', '-2.5', '2.4', '-2.6', '0.5', '-0.5', '123', '1E+5', '12.000', '-0.0', 'inf', 'nan', '9.99E-5']:
    d = Decimal(v)
    print(v, d.to_integral(), d.to_integral_value(), d.to_integral_exact(), [str(d.to_integral(rounding=m)) for m in
          [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_05UP]])
c = Context(traps=[])
print(c.to_integral_exact(Decimal('2.5')), c.flags[Inexact], c.flags[Rounded])
c.clear_flags()
print(c.to_integral_value(Decimal('2.5')), c.flags[Inexact])
c = Context(traps=[Inexact])
show(c.to_integral_exact, Decimal('1.5'))
show(Decimal('1.5').to_integral_exact, context=c)
show(Decimal('1.5').to_integral_value, context=c)
show(Decimal('1.5').to_integral_exact, ROUND_UP, c)
show(Decimal('snan').to_integral)
