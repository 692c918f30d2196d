from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

c = Context(prec=5, traps=[])
for a, b, d in [(2, 3, 4), ('1.23456', '1.23456', '-1.52414'), ('1E+5', '1E+5', '-1E+10'), ('inf', 0, 1), ('inf', 2, '-inf'),
                ('nan', 1, 1), (1, 1, 'snan'), ('0', '0', '-0'), ('-0', '5', '0'), (1, 2, 'nan'), ('1E+999999', 10, '-inf')]:
    c.clear_flags()
    print(a, b, d, c.fma(Decimal(a), Decimal(b), Decimal(d)), sorted(k.__name__ for k, f in c.flags.items() if f))
print(Decimal(2).fma(3, 4), Decimal('1.5').fma(Decimal(2), 1, Context(prec=1)))
show(Decimal(2).fma, 3, 'x')
