from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

vals = ['0', '0.00', '0E-8', '0E+7', '-0E+1', '1E+7', '12E+7', '123E-8', '1.5', '0.000001', '1e-7', '123456E-3',
        '1234.5678E+10', '-12E-20', '100', '1E2', '1.00E2', '9.999E+999999', 'inf', '-nan7', 'snan',
        '12345678901234567890E-5', '1E-6', '10E-7', '.0000001', '1e+0', '-1e-0']
for v in vals:
    d = Decimal(v)
    print(v, str(d), repr(d), d.to_eng_string(), format(d.to_eng_string()))
getcontext().capitals = 0
print(str(Decimal('1e10')), repr(Decimal('1e10')), Decimal('1e10').to_eng_string())
getcontext().capitals = 1
