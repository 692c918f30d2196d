import functools
from functools import partial, Placeholder as _
def f(*a, **k): return a, k
class P(partial): pass
p = P(f, 1)
print(repr(p).split(' at ')[0])
q = partial(p, 2)
print(type(q), q.func is f, q.args)
r = P(partial(f, 1), 2); print(r.func is f, r.args)
class C:
    m = partial(f, 1)
print(C().m(2))
print(partial(f, _, 2)(1), partial(partial(f, _, 2), 3)(4))
for bad in [lambda: partial(f, 1, _), lambda: partial(f, x=_), lambda: partial(f, _, 2)(), lambda: partial(f, _, _, 2)(1)]:
    try: bad()
    except TypeError as e: print(e)
try: _.__class__()
except TypeError as e: print(e)
print(type(_)() is _, repr(_), _.__reduce__())
try: partial.__new__(partial)
except TypeError as e: print(e)
p = partial(f, 1, a=2)
p.x = 5
print(p.__dict__, p.__reduce__()[2][3])
print(partial(f, 1, a=2, b=3) == partial(f, 1, a=2, b=3))
print(partial[int])
try: p.func = 1
except AttributeError as e: print(e)
s = partial(f)
s.__setstate__((f, (1,), {'z': 1}, None)); print(s())
try: s.__setstate__(1)
except TypeError as e: print(e)
print(partial(f, a=1)(a=2))
print(repr(partial(f, 'x', k='v')).split(' at ')[1].split('>', 1)[1])
class Q(partial):
    def __repr__(self): return 'Q'
print(partial(Q(f), 1).func)
print(partial.__doc__)
print(hash(partial(f)) is not None)
