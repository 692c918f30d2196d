from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

for v in ['1.000', '0.000', '-0.00', '120', '1.20E+5', '100E-2', '5E-10', '12345678901234567890123456789012', 'inf', 'nan', '1E+999999']:
    print(v, Decimal(v).normalize(), Context(prec=3, traps=[]).normalize(Decimal(v)), Context(clamp=1, Emax=6, prec=3, traps=[]).normalize(Decimal(v)))
print(Decimal('-0E+10').normalize(), Decimal('0E-1000026').normalize())
