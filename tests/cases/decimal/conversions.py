from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

for v in ['0', '-0', '1.9', '-1.9', '123456789012345678901234567890.5', '1E+30', '1E-30', '0.1', '-2.5E-300', '1.5E+400']:
    d = Decimal(v)
    print(v, int(d), float(d), complex(d), d.__complex__())
show(int, Decimal('nan'))
show(int, Decimal('-inf'))
show(float, Decimal('snan'))
print(float(Decimal('nan')), float(Decimal('-nan')), float(Decimal('inf')), float(Decimal('-inf')))
print(bool(Decimal(0)), bool(Decimal('-0.00')), bool(Decimal('0.01')), bool(Decimal('nan')), bool(Decimal('inf')))
print(Decimal('1.5').real, Decimal('1.5').imag, Decimal('1.5').conjugate(), Decimal(5).radix())
import operator
show(operator.index, Decimal(5))
