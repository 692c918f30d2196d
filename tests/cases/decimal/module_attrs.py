from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

import _decimal
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY, decimal.__version__, decimal.__libmpdec_version__)
print(decimal.HAVE_THREADS, decimal.HAVE_CONTEXTVAR, decimal.IEEE_CONTEXT_MAX_BITS)
print([ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP])
print(Decimal, Context, Decimal.__module__, Decimal.__name__, Decimal.__qualname__)
print(decimal.Decimal is _decimal.Decimal, decimal.getcontext is _decimal.getcontext, decimal.__name__, _decimal.__name__)
print(decimal.__doc__.splitlines()[0])
print(sorted(n for n in dir(_decimal) if not n.startswith('__') and n not in ('IEEEContext',)))
