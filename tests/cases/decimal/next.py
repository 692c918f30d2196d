from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

c = Context(prec=5, Emax=9, Emin=-9, traps=[])
for v in ['1', '-1', '0', '-0', '9.9999E+9', '-9.9999E+9', '1E-13', '1.2345', '999.99', '1E+5', '0.00001234567', 'inf', '-inf', 'nan']:
    d = Decimal(v)
    print(v, c.next_plus(d), c.next_minus(d), c.next_toward(d, Decimal(0)), c.next_toward(d, Decimal(5)), c.next_toward(d, d))
print(c.flags)
for a, b in [('1', '2'), ('9.9999E+9', 'inf'), ('1E-9', '0'), ('1E-13', '-1'), ('0', '-0'), ('-0', '0')]:
    c.clear_flags()
    print(a, b, c.next_toward(Decimal(a), Decimal(b)), sorted(k.__name__ for k, f in c.flags.items() if f))
print(Decimal(1).next_plus(), Decimal(1).next_minus(), Decimal(1).next_toward(0))
