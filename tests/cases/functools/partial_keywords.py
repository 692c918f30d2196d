from functools import partial
def f(*args, **kw): return args, kw
p = partial(f, a=1, b=2)
print(p(b=3, c=4), p.keywords, list(p(z=0, a=5)[1]))
print(partial(p, c=3).keywords, partial(p, a=9).keywords)
print(partial(dict, x=1)(y=2), partial(sorted, reverse=True)([3, 1, 2]))
print(partial(f, **{'weird key': 1})(), partial(f, **{'1': 2}))
try: partial(f, 1)(*[2], **{'a': 1, 'b': 2}); print('ok')
except TypeError as e: print(e)
def g(a, b): return a - b
q = partial(g, b=10)
print(q(3), q(a=3))
try: q(3, 4)
except TypeError as e: print(e)
