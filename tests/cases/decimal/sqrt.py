from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

for v in ['0', '-0', '1', '2', '4', '0.04', '100', '1E+3', '1E-3', '10', '0.5', '7', '144', '1.44', '1E+1000', '2E-1001', 'inf', '-1', '-inf', 'nan', '0E+5', '0E-5', '0E-6', '123456789']:
    c = Context(traps=[])
    print(v, c.sqrt(Decimal(v)), sorted(k.__name__ for k, f in c.flags.items() if f))
for p in [1, 2, 5, 50]:
    print(p, Context(prec=p).sqrt(Decimal(2)), Context(prec=p, rounding=ROUND_DOWN).sqrt(Decimal(3)))
print(Decimal(2).sqrt(Context(prec=10)), Decimal('16').sqrt())
show(Decimal(-4).sqrt)
