from functools import partial
def f(*a, **k): return a, k
p = partial(f, 1, 2, k=3)
cls, args, state = p.__reduce__()
print(cls is partial, args[0] is f, state[1:])
p.extra = 'x'
print(p.__reduce__()[2][3])
n = partial(f)
n.__setstate__((f, (9,), None, None))
print(n(), n.keywords, n.__dict__)
try: n.__setstate__((f, [1, 2], {'a': 1}, {'y': 2}))
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
n.__setstate__((f, (1, 2), {'a': 1}, {'y': 2}))
print(n(), n.y, type(n.args))
class D(dict): pass
n.__setstate__((f, (), D(a=1), None))
print(type(n.keywords).__name__, n())
try: n.__setstate__((f, (1, partial.__module__ and __import__('functools').Placeholder), None, None))
except TypeError as e: print(e)
for attr in ['func', 'args', 'keywords']:
    try: setattr(n, attr, 1)
    except AttributeError as e: print(attr, e)
    try: delattr(n, attr)
    except AttributeError as e: print(attr, e)
print(partial.func.__doc__, partial.args.__doc__, partial.keywords.__doc__, sep='\n')
