from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

c = Context(prec=5, traps=[])
for v in ['1.23456789', '-999999', '123456', '0.000012345678', 'nan123456789', 'snan1', '1e1000000', 'abc', 12345678, 2**100, Decimal('9.99999999')]:
    print(repr(c.create_decimal(v)))
print(c.flags)
c = Context(prec=3, Emax=5, Emin=-5, traps=[])
for v in ['12345', '1e7', '1e-9', '1.5e-7', '0e10', '0e-10']:
    print(repr(c.create_decimal(v)), sorted(k.__name__ for k, f in c.flags.items() if f))
    c.clear_flags()
show(Context().create_decimal, 1j)
show(Context().create_decimal, 'x')
