from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

c = Context(traps=[Inexact, Rounded, Overflow, Underflow, Subnormal, Clamped])
show(c.multiply, Decimal('9e999999'), 10)
show(c.divide, Decimal('1e-999999'), 3)
show(c.divide, Decimal('1e-999999'), Decimal('1e100'))
show(c.divide, 1, 3)
c = Context(traps=[Inexact, Rounded, InvalidOperation, DivisionByZero])
show(c.divide, Decimal(1), 0)
show(c.divide, Decimal(0), 0)
show(c.create_decimal, 'xx')
show(c.divmod, Decimal(1), 0)
show(c.divide_int, Decimal(10), Decimal('1e-30'))
show(c.add, Decimal('inf'), Decimal('-inf'))
show(c.sqrt, Decimal(-1))
show(c.quantize, Decimal(1), Decimal('1e-40'))
c = Context(traps=[Clamped])
show(c.create_decimal, '1E+999999999')
show(c.create_decimal, '0E+9999999')
