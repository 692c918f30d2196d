from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

for s in ['00012.3400', '-000', '0.0000000000001', '1' * 60, '0.' + '0' * 40 + '1', '1' + '0' * 40, '1e+007', '1E-007', '-.0e-0']:
    d = Decimal(s)
    print(d, repr(d), d.as_tuple().exponent)
print(Decimal('1.23E+20').to_eng_string(), Decimal('1.23E-20').to_eng_string(), Decimal('-1.23E-21').to_eng_string())
print(str(Decimal('1E+999999')), str(Decimal('-1E-999999')))
