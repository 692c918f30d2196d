from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

c = Context()
f = c.flags
print(len(f), list(f), f[Inexact], Inexact in f, int in f)
c.divide(Decimal(1), 3)
print(f[Inexact], c.flags[Rounded], dict(c.flags) == {k: c.flags[k] for k in c.flags})
print(sorted(k.__name__ for k, v in c.flags.items() if v))
c.flags[Inexact] = False
print(c.flags[Inexact], c)
c.traps = [Inexact]
print(c.traps[Inexact], c.traps[Overflow], c)
c.traps = {s: False for s in c.traps}
print(c)
c.flags = [Clamped, Subnormal]
print(c, c.flags == c.flags, c.flags == {s: s in (Clamped, Subnormal) for s in c.flags})
c.clear_traps(); c.clear_flags()
print(c)
show(lambda: c.flags.__delitem__(Inexact))
