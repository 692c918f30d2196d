from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

c = Context(prec=3, Emax=10, Emin=-10, clamp=1, traps=[])
for v in ['1e10', '1e8', '1e9', '12e8', '0e10', '0e20', '123e8', '1.23e10', '9.99e10', '1e11']:
    c.clear_flags()
    print(v, c.plus(Decimal(v)), sorted(k.__name__ for k, f in c.flags.items() if f))
c = Context(prec=3, Emax=10, Emin=-10, clamp=0, traps=[])
for v in ['1e10', '0e20', '0e-20']:
    c.clear_flags()
    print(v, c.plus(Decimal(v)), sorted(k.__name__ for k, f in c.flags.items() if f))
print(Context(clamp=1, prec=5, Emax=10).normalize(Decimal('1.000e10')))
