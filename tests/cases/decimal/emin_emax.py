from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

for emax, emin in [(0, 0), (1, -1), (5, -5), (99, -99)]:
    c = Context(prec=4, Emax=emax, Emin=emin, traps=[])
    vals = [c.plus(Decimal(v)) for v in ['1', '9.999', '10', '0.1', '0.01', '1e-3', '1e-6', '1e-7', '123.4']]
    print(emax, emin, c.Etiny(), c.Etop(), [str(v) for v in vals], sorted(k.__name__ for k, f in c.flags.items() if f))
