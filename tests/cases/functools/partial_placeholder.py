from functools import partial, Placeholder as _
import functools
def f(*a, **k): return a, k
p = partial(f, _, 'b', _, 'd')
print(p('a', 'c'), p('a', 'c', 'e'), p)
print(repr(p).split(' at ')[1].split('>', 1)[1])
q = partial(p, 'A')
print(q.args, q('C'))
print(partial(q, 'C').args)
try: q()
except TypeError as e: print(e)
for bad in [lambda: partial(f, _), lambda: partial(f, 1, _, _)]:
    try: bad()
    except TypeError as e: print(e)
print(type(_).__name__, type(_)() is _, repr(_), str(_))
try:
    class X(type(_)): pass
except TypeError as e: print(e)
print(functools.Placeholder is _, 'Placeholder' in functools.__all__)
try: print(partial(f, _, x=1)(5))
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
