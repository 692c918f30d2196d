from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

getcontext().clear_flags()
print(Decimal('0.1') == 0.1, Decimal('0.5') == 0.5, Decimal(1) != 1.0, getcontext().flags[FloatOperation])
print(Decimal('0.1') < 0.1, Decimal('1.5') > 1.25, Decimal('inf') > 1e308, Decimal('-inf') < float('-inf'))
print(Decimal(1) == float('nan'), Decimal(2) != float('nan'))
c = getcontext()
c.traps[FloatOperation] = True
print(Decimal('0.5') == 0.5, Decimal(1) != 2.0)
show(lambda: Decimal('0.5') < 0.6)
show(lambda: 0.6 > Decimal('0.5'))
show(lambda: Decimal(1.5))
c.traps[FloatOperation] = False
show(lambda: Decimal(1) + 1.5)
show(lambda: 1.5 * Decimal(1))
