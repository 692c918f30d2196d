import inspect

def f(aaaa, bbbb=2, *, cccc, **dddd): pass
def g(a, b=1, *rest): pass
def h(x): pass
class K:
    def m(self, v, w=0): pass
def t(fn, *a, **k):
    try:
        print(inspect.getcallargs(fn, *a, **k))
    except TypeError as e:
        print('TypeError', e)
t(f, 1, cccc=3, z=4)
t(f)
t(f, 1)
t(f, 1, 2, 3, cccc=1)
t(g, 1, 2, 3, 4)
t(g, b=3, a=1)
t(g, 1, a=2)
t(h, 1, 2)
t(h, 1, y=2)
t(h)
t(K().m, 5)
t(K.m, K(), 5, w=3)
def many(a, b, c): pass
t(many)
t(many, 1)
def kw(*, p, q): pass
t(kw)
