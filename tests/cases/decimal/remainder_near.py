from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

c = Context(prec=9, traps=[])
for a, b in [(10, 3), (10, 6), (10, 4), (-10, 4), (10, -4), ('2.1', 3), (3, '1.1'), ('10.2', 1), ('0.4', '0.2'), ('inf', 1),
             (1, 'inf'), (1, 0), (0, 0), (10, '0.3'), ('1E+10', 3), ('-11', '-3'), ('7.5', '2.5'), ('12.5', '5'), ('17.5', '5')]:
    c.clear_flags()
    print(a, b, c.remainder_near(Decimal(a), Decimal(b)), c.remainder(Decimal(a), Decimal(b)), c.flags[InvalidOperation])
print(Decimal(18).remainder_near(7), Decimal(25).remainder_near(Decimal(10)))
show(Context(prec=3).remainder_near, Decimal('1E+10'), Decimal(3))
