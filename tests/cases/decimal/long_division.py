from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

for p in [50, 200, 1000]:
    c = Context(prec=p)
    q = c.divide(Decimal(1), Decimal(7))
    r = c.divide(Decimal(22), Decimal(7))
    print(p, str(q)[:40], str(q)[-20:], len(str(r)), c.divide(Decimal(10**p), Decimal(3)).adjusted())
    print(c.divide(Decimal(2**200), Decimal(3**100)))
