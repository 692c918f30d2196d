from functools import partial
def f(a, b=2, *args, c=3, **kw):
    return a, b, args, c, kw
p = partial(f, 1)
print(p(), p(5), p(5, 6, 7), p(c=9), p(z=1))
q = partial(p, 10, c=4)
print(q(), q.args, q.keywords, q.func is f)
r = partial(q, c=5, d=6)
print(r(), r(c=7))
print(partial(int, base=2)('101'))
print(list(map(partial(pow, 2), range(5))))
try: partial(f)()
except TypeError as e: print(e)
try: partial(f, 1, 2, a=3)()
except TypeError as e: print(e)
class Sub(partial):
    pass
s = Sub(f, 1)
print(type(s).__name__, s(), isinstance(s, partial))
print(type(partial(s, 2)) is partial, partial(s, 2).func is f)
print(repr(Sub(len)).startswith("__main__.Sub(<built-in function len>"))
print(repr(partial(len, [1, 2])))
print(repr(partial(print, sep='-', end='!\n')))
p2 = partial(f)
p2.attr = 1
print(partial(p2, 1).func is p2)
