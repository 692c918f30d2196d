from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

for a, b in [(7, 2), (-7, 2), (7, -2), ('7.5', '0.2'), ('1E+3', '7'), ('-0', '5'), ('5', 'inf'), ('inf', '5'), ('0', '0'), ('1', '0')]:
    show(divmod, Decimal(a), Decimal(b))
show(divmod, 7, Decimal(3))
show(divmod, Decimal(7), 3)
show(divmod, Decimal(7), 3.0)
c = Context(traps=[])
print(c.divmod(Decimal(1), 0), c.divmod(Decimal(0), 0), c.divmod(Decimal('inf'), 3), c.flags)
show(c.divmod, 1.5, 2)
