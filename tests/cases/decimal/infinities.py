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
i, n = Decimal('inf'), Decimal('-inf')
for a in [i, n, Decimal(0), Decimal(-2), Decimal('1e-5')]:
    for b in [i, n, Decimal(0), Decimal(3)]:
        c.clear_flags()
        r = [c.add(a, b), c.subtract(a, b), c.multiply(a, b), c.divide(a, b), c.divide_int(a, b), c.remainder(a, b)]
        print(a, b, [str(x) for x in r], sorted(k.__name__ for k, f in c.flags.items() if f))
print(i > 10**1000, n < -10**1000, i == i, -i == n, abs(n), i.is_infinite(), i.adjusted(), i.as_tuple())
print(c.next_plus(n), c.next_minus(i), c.next_plus(i), c.next_minus(n))
