from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

orig = getcontext()
c = Context(prec=3)
setcontext(c)
print(getcontext() is c, Decimal(1) / 3)
setcontext(BasicContext)
print(getcontext() is BasicContext, getcontext())
show(lambda: Decimal(1) / 0)
setcontext(orig)
print(getcontext() is orig, Decimal(1) / 3)
show(setcontext, 3)
show(setcontext, None)
DefaultContext.prec = 10
print(Context().prec)
DefaultContext.prec = 28
