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
vals = [Decimal('nan'), Decimal('-nan5'), Decimal('snan7'), Decimal('-snan'), Decimal(1), Decimal('inf')]
for a in vals:
    for b in vals:
        c.clear_flags()
        print(a, b, c.add(a, b), c.multiply(a, b), c.divide(a, b), c.compare(a, b), c.max(a, b), c.min(a, b),
              c.quantize(a, b), c.flags[InvalidOperation])
print(c.create_decimal('nan12345678901234567890123456789'), Context(prec=3, traps=[]).add(Decimal('nan12345'), 1))
print(Decimal('snan12').is_snan(), Decimal('nan').is_qnan(), Decimal('-nan').is_signed(), Decimal('snan').is_nan())
show(lambda: Decimal('snan') + 1)
show(lambda: -Decimal('snan'))
show(lambda: abs(Decimal('-snan3')))
print(-Decimal('nan4'), abs(Decimal('-nan')), +Decimal('-nan'))
