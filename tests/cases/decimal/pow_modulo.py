# Three-argument pow() with Decimals: any of the three may be the
# Decimal, ints mix in, other types are refused with the message of the
# type whose power is tried, and the context's rules (integral operands,
# a modulus within the precision) raise InvalidOperation or set flags.
from decimal import Context, Decimal, InvalidOperation, getcontext, localcontext

CASES = [(Decimal(2), 10, 7), (2, Decimal(10), 7), (2, 10, Decimal(7)), (Decimal(3), Decimal(200), Decimal(13)),
         (Decimal(-3), 5, -7), (Decimal(3), 5, -7), (Decimal('-0'), 3, 5), (Decimal(7), 0, 5), (True, Decimal(5), 3),
         (Decimal('2.0'), 10, 7), (Decimal('1E+2'), 3, 7), (Decimal(2), -1, 7), (Decimal(0), 0, 7), (Decimal(2), 10, 0),
         (Decimal('2.5'), 2, 7), (Decimal('NaN'), 2, 7), (Decimal('sNaN'), 2, 7), (Decimal('Inf'), 2, 7),
         (Decimal(12), 34, 10 ** 30), (Decimal(12), 10 ** 40, 97), (Decimal(2), 10, 7.0), (Decimal(2), 10.0, 7),
         (2.0, Decimal(10), 7), (Decimal(2), 10, '7'), ('2', Decimal(10), 7), (Decimal(2), 3j, 7),
         (Decimal(2), 10, None)]


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for args in CASES:
    show(lambda: pow(*args))

# with nothing trapped the conditions show as flags
with localcontext(Context(traps=[])) as ctx:
    for args in CASES[:20]:
        ctx.clear_flags()
        show(lambda: pow(*args))
        print(' ', sorted(k.__name__ for k, v in ctx.flags.items() if v))

# a small precision limits the modulus
with localcontext(prec=3):
    show(lambda: pow(Decimal(5), 3, 999))
    show(lambda: pow(Decimal(5), 3, 1000))
    show(lambda: pow(Decimal(123456), 3, 997))


class D(Decimal):
    pass


class P(Decimal):
    def __pow__(self, other, mod=None):
        return ('P.__pow__', other, mod)


show(lambda: pow(D(2), 10, 7))
show(lambda: type(pow(D(2), 10, 7)).__name__)
show(lambda: pow(2, D(10), 7))
show(lambda: pow(P(2), 10, 7))
show(lambda: Decimal(2).__pow__(10, 7))
show(lambda: Decimal(2).__pow__(10))
show(lambda: Decimal(2).__pow__(10, None))
show(lambda: Decimal(2).__pow__(10, 7.5))
show(lambda: getcontext().power(2, 10, 7))
show(lambda: getcontext().power(Decimal(2), 10, modulo=7))
