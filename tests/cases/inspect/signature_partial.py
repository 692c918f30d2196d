import functools
import inspect

def f(a, b, c, *rest, d=1, **kw): pass
P = functools.Placeholder
for p in [functools.partial(f, 1), functools.partial(f, P, 2), functools.partial(f, 1, 2, 3, 4),
          functools.partial(f, b=2), functools.partial(f, 1, c=3), functools.partial(f, 1, e=3, d=4),
          functools.partial(f, P, P, 3), functools.partial(functools.partial(f, 1), 2)]:
    print(inspect.signature(p))
def g(a, /, b): pass
print(inspect.signature(functools.partial(g, b=2)))
try:
    inspect.signature(functools.partial(g, 1, 2, 3))
except ValueError as e:
    print('ValueError', str(e).split('(')[0])
def h(a: 'int', b: 'list[str]'): pass
print(inspect.signature(functools.partial(h, b=2)), inspect.signature(functools.partial(h, 1)))

class A:
    def m(self, x, y, *, z=0): pass
    pm = functools.partialmethod(m, 1)
    pk = functools.partialmethod(m, z=5)
print(inspect.signature(A.pm), inspect.signature(A().pm))
print(inspect.signature(A.pk), inspect.signature(A().pk))
print(inspect.signature(functools.partial(print, 'x', sep='-')))
