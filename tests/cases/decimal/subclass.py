from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

class Money(Decimal):
    def __repr__(self):
        return 'Money(%s)' % str(self)
    def double(self):
        return Money(self * 2)
m = Money('1.25')
print(repr(m), m.double(), type(m + 1).__name__, isinstance(m, Decimal), m == Decimal('1.25'), hash(m) == hash(Decimal('1.25')))
m.tag = 'x'
print(m.tag, type(-m).__name__, type(m.quantize(Decimal('0.1'))).__name__, Money.from_float(0.5), type(Money.from_float(0.5)).__name__)
class C(Context):
    pass
cc = C(prec=3)
print(type(cc).__name__, cc.prec, cc.divide(Decimal(1), 3), isinstance(cc, Context))
setcontext(cc)
print(getcontext() is cc, Decimal(2) / 3)
setcontext(Context())
