from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

for v in [0, 1, -1, 2**63, -2**63, 2**64 + 1, 10**50, -(10**100) - 7, True, False, 123456789]:
    d = Decimal(v)
    print(repr(d), d == v, str(d))
print(repr(Decimal()), repr(Decimal(Decimal('-1.50'))))
