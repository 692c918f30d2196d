from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

c = Context(Emin=-5, Emax=5, prec=3)
for v in ['0', '-0', '1', '-1E-5', '1E-6', '-1E-7', '9.99E+5', 'inf', '-inf', 'nan', '-snan', '0E-10', '1E-1000000']:
    d = Decimal(v)
    print(v, d.is_canonical(), d.is_finite(), d.is_infinite(), d.is_nan(), d.is_qnan(), d.is_snan(), d.is_signed(),
          d.is_zero(), d.is_normal(), d.is_subnormal(), d.is_normal(c), d.is_subnormal(c), d.number_class(), d.number_class(c))
