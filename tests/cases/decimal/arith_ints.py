from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

d = Decimal('2.5')
for v in [3, -7, 0, 10**40, True]:
    print(v, d + v, v + d, d - v, v - d, d * v, v * d)
    if v:
        print(d / v, v / d, d // v, v // d, d % v, v % d)
show(lambda: d + 'x')
show(lambda: 'x' * d)
show(lambda: d & 1)
show(lambda: d << 1)
show(lambda: ~d)
x = Decimal(1)
x += 2
x *= Decimal('1.5')
x -= 1
x /= 4
x //= Decimal('0.1')
x %= 3
print(x)
