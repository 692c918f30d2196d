from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

import math
for v in ['2.5', '3.5', '-2.5', '2.567', '-0.5', '1E+3', '123.456', '0']:
    d = Decimal(v)
    print(v, round(d), round(d, 0), round(d, 1), round(d, 2), round(d, -1), math.floor(d), math.ceil(d), math.trunc(d))
show(round, Decimal('nan'))
show(round, Decimal('inf'))
show(round, Decimal('-inf'), 2)
show(round, Decimal(1), 'a')
show(round, Decimal('1.5'), 40)
show(math.floor, Decimal('nan'))
show(math.ceil, Decimal('-inf'))
print(type(round(Decimal('2.5'))), type(round(Decimal('2.5'), 1)))
