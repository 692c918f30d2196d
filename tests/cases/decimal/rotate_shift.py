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
for v in ['34', '12', '123456789', '-123', '1.5', 'inf', 'nan', '0']:
    d = Decimal(v)
    print(v, [(str(c.rotate(d, Decimal(k))), str(c.shift(d, Decimal(k)))) for k in [-9, -3, -1, 0, 1, 2, 8, 9]])
for k in ['10', '-10', '1.5', 'inf', '1E+1']:
    print(k, c.rotate(Decimal(5), Decimal(k)), c.shift(Decimal(5), Decimal(k)))
print(Decimal('12345').rotate(2), Decimal('12345').shift(-2), Decimal(123).shift(3, Context(prec=4)))
