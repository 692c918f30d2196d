from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

print(getcontext().prec)
with localcontext() as c:
    c.prec = 5
    print(Decimal(1) / 7, getcontext() is c)
print(Decimal(1) / 7)
with localcontext(prec=3, rounding=ROUND_DOWN) as c:
    print(Decimal(2) / 3, c.prec, c.rounding)
with localcontext(Context(prec=2)) as c:
    print(Decimal(2) / 3)
    with localcontext(prec=4):
        print(Decimal(2) / 3)
    print(Decimal(2) / 3)
with localcontext(traps=[Inexact]) as c:
    show(lambda: Decimal(1) / 3)
show(localcontext, foo=1)
show(localcontext, prec='a')
show(localcontext, prec=0)
show(localcontext, 5)
try:
    with localcontext(prec=2):
        raise KeyError('x')
except KeyError:
    pass
print(getcontext().prec, type(localcontext()).__name__)
