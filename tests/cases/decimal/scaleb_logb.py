from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

c = Context(traps=[])
for v in ['7.50', '-1', '0', '-0', '1E+5', '123.456', 'inf', 'nan', '1E-1000000']:
    d = Decimal(v)
    c.clear_flags()
    print(v, [str(c.scaleb(d, Decimal(k))) for k in ['0', '3', '-3', '1000000', '-2000000', '1.5', 'inf']], c.logb(d),
          sorted(k.__name__ for k, f in c.flags.items() if f))
print(Decimal(5).scaleb(2), Decimal('1.5').logb(), Decimal(1000).logb(), Decimal('0.001').logb())
show(Decimal(0).logb)
