from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

for p in [1, 2, 3, 7, 15, 16, 17, 28, 29, 40, 100]:
    c = Context(prec=p, traps=[])
    a, b = Decimal('3.14159265358979323846264338327950288419716939937510'), Decimal('2.71828182845904523536028747135266249775724709369995')
    print(p, c.add(a, b), c.subtract(a, b), c.multiply(a, b), c.divide(a, b), c.divide_int(a * 10, b), c.remainder(a * 10, b))
