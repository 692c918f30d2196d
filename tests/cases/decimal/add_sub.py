from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

vals = ['0', '-0', '1', '-1', '1.30', '1.20', '0.1', '9.99', '1E+30', '1E-30', '123456789012345678901234567890',
        '-9.999999999999999999999999999', 'inf', '-inf', 'nan', '0E-10', '-0E+5', '5E+999999', '1E-1000000']
for a in vals:
    row = []
    for b in vals:
        x, y = Decimal(a), Decimal(b)
        try:
            row.append(str(x + y) + '|' + str(x - y))
        except DecimalException as e:
            row.append(type(e).__name__)
    print(a, row)
