from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

for a in ['1.2345', '1.2355', '-1.2345', '123', '0', '-0', '1E+5', '7.5', '8.5', '1.999', '0.0001']:
    print(a, [str(Decimal(a).quantize(Decimal(q))) for q in ['1', '0.1', '0.01', '0.001', '1E+1', '1E-6']])
for m in [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]:
    print(m, [str(Decimal(v).quantize(Decimal('0.1'), rounding=m)) for v in ['1.25', '1.35', '-1.25', '1.21', '-1.29', '1.01', '1.51']])
c = Context(traps=[])
print(c.quantize(Decimal('123.456'), Decimal('1E-30')), c.flags[InvalidOperation])
print(c.quantize(Decimal('inf'), Decimal('inf')), c.quantize(Decimal('inf'), Decimal(1)), c.quantize(Decimal(1), Decimal('inf')))
print(c.quantize(Decimal('nan'), Decimal(1)), c.quantize(Decimal(1), Decimal('1E+1000000')))
c = Context(prec=3, traps=[])
print(c.quantize(Decimal('12.34'), Decimal('0.1')), c.quantize(Decimal('1.234'), Decimal('0.01')), c.flags)
show(Decimal(1).quantize, Decimal('1e-30'))
show(Decimal(1).quantize, 1, rounding='x')
show(Decimal(1).quantize, 1.5)
show(Decimal(1).quantize, 1, context=5)
print(Decimal('1.5').quantize(1), Decimal('2.5').quantize(Decimal(1), ROUND_UP))
print(Decimal('0.00001234').quantize(Decimal('1E-6')), Decimal('1E-999999').quantize(Decimal('1E-1000000')))
