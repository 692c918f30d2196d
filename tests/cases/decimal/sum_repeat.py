from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

total = Decimal(0)
for i in range(1, 200):
    total += Decimal(1) / Decimal(i)
print(total)
s = sum(Decimal('0.1') for _ in range(100))
print(s, s == 10, sum([Decimal('1.1'), Decimal('2.2')], Decimal(0)))
c = getcontext()
print(c.flags[Inexact], c.flags[Rounded])
