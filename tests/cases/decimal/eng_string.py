from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

for e in range(-12, 13):
    for c in ['1', '12', '123', '1234', '0', '-5']:
        d = Decimal(c + 'E' + str(e))
        print(d, d.to_eng_string(), Context().to_eng_string(d), Context().to_sci_string(d))
