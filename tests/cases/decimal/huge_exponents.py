from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

c = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])
print(c.add(Decimal('1e999999999999999999'), Decimal('1e-999999999999999999')))
print(c.multiply(Decimal('1e500000000000000000'), Decimal('1e500000000000000000')))
print(c.Etiny(), c.Etop(), MIN_ETINY)
d = Decimal('1e999999999999999999')
print(d, d.adjusted(), repr(Decimal('1e-1999999999999999997')))
show(Decimal, '1e1000000000000000000')
show(Decimal, '1e-1999999999999999998')
print(Decimal('1e999999') + Decimal('1e-999999'), Decimal('1e-999999') + Decimal('1e999999'))
print(Decimal('1e100') - Decimal('1e-100'), Decimal('1e-100') - Decimal('1e100'), Decimal(1) - Decimal('1e-50'))
print(Decimal('0e-999999') + Decimal('1e999999'), Decimal('0e999999') + Decimal('5'), Decimal('1.5') + Decimal('0e-100'))
print(Decimal(10**100) + 1, Decimal(10**30) - Decimal('1e-30'))
