from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

print(getcontext())
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
c = Context(prec=5, rounding=ROUND_UP, Emin=-10, Emax=10, capitals=0, clamp=1, flags=[Inexact], traps=[Overflow, Clamped])
print(c, c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
for s in [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow, Rounded, Subnormal, Underflow]:
    c.flags[s] = True
print(c)
print(repr(c.flags))
print(repr(c.traps))
c2 = c.copy()
c2.prec = 100
print(c.prec, c2.prec, c2)
print(Context(), Context(prec=None, flags=None))
