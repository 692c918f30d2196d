# A context's flags and traps are SignalDicts: SignalDictMixin with
# MutableMapping's methods, as CPython builds them.
import decimal, collections.abc
c = decimal.getcontext()
f = c.flags
print(type(f), type(f).__mro__)
print(isinstance(f, collections.abc.MutableMapping))
print(sorted(k.__name__ for k in f.keys()))
print(len(f), list(f.values())[:3], f.get(decimal.Inexact))
f[decimal.Inexact] = True
try:
    f.pop(decimal.Inexact, 'x')
except ValueError as e:
    print('ValueError:', e)
print(f[decimal.Inexact], decimal.Inexact in f, 'x' in f, f.get('x', 5))
try:
    f.popitem()
except ValueError as e:
    print('ValueError:', e)
print(type(f.keys()).__name__, type(f.items()).__name__, list(f.items())[0])
print(repr(f)[:60])
print(type(c.traps).__name__, type(c.traps) is type(f), type(f).__module__)
print(c.traps.copy() == {k: v for k, v in c.traps.items()})
try:
    f.setdefault(decimal.Inexact, True); print(f[decimal.Inexact])
except Exception as e: print(type(e).__name__, e)
try:
    del f[decimal.Inexact]
except Exception as e: print(type(e).__name__, e)
try:
    f.update({decimal.Rounded: 1}); print(f[decimal.Rounded])
except Exception as e: print(type(e).__name__, e)
try:
    f.clear()
except Exception as e: print(type(e).__name__, e)
print(f == f.copy(), 'items' in dir(f))
