# Logarithms next to 1, powers whose exponent is beyond any range, and ones of 1.
from decimal import *
def t(f):
    c = getcontext(); c.clear_flags()
    try: r = repr(f())
    except Exception as e: r = type(e).__name__ + ' ' + str(e)
    print(r, sorted(k.__name__ for k, v in c.flags.items() if v))
t(lambda: Decimal('1.' + '0' * 2000 + '1').ln())
t(lambda: Decimal('0.' + '9' * 3000).ln())
t(lambda: Decimal('1.' + '0' * 500 + '7').log10())
t(lambda: Decimal(2) ** Decimal('1e999999'))
t(lambda: Decimal('0.5') ** Decimal('1e999999'))
t(lambda: Decimal('0.5') ** Decimal('-1e30'))
t(lambda: Decimal('1.0') ** Decimal('1e30'))
t(lambda: Decimal(1) ** Decimal('1e30'))
t(lambda: Decimal('1e-999999').exp())
t(lambda: Decimal('-1e-999999').exp())
t(lambda: Decimal('1e-999999').ln())
t(lambda: Decimal('9e999999').log10())
t(lambda: Decimal('123456789e-999999').ln())
for a in ['1', '-1', '1.0', '-1.00', '1.000']:
    for b in ['0', '1', '2', '3', '27', '1E+30', '1E+5']:
        t(lambda: Decimal(a) ** Decimal(b))
t(lambda: Context(prec=3).power(Decimal('1.0'), Decimal(5)))
