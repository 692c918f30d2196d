from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

show(Context, prec=0)
show(Context, prec=-5)
show(Context, prec='a')
show(Context, prec=2**70)
show(Context, prec=MAX_PREC + 1)
show(Context, Emin=1)
show(Context, Emax=-1)
show(Context, capitals=2)
show(Context, clamp=-1)
show(Context, rounding='x')
show(Context, rounding=3)
show(Context, flags=[1])
show(Context, traps={Inexact: 1})
show(Context, foo=1)
show(Context, 1, 2, 3, 4, 5, 6, 7, 8, 9)
c = Context()
show(setattr, c, 'prec', 0)
show(setattr, c, 'Emax', 'x')
show(setattr, c, 'rounding', None)
show(delattr, c, 'prec')
show(setattr, c, 'foo', 1)
show(lambda: c.flags['x'])
show(lambda: c.traps.__setitem__(int, True))
print(c)
print(Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN))
