import inspect

def f(a, b=1, /, c=2, *args, d, e=3, **kw): pass
s = inspect.signature(f)
ba = s.bind(1, d=4)
print(ba, repr(ba), ba.args, ba.kwargs, ba.arguments)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
ba = s.bind(1, 2, 3, 4, 5, d=6, z=7)
print(ba, ba.args, ba.kwargs)
print(ba.signature is s, ba == s.bind(1, 2, 3, 4, 5, d=6, z=7), ba == s.bind(1, d=1))

def t(func, *a, **k):
    try:
        print(inspect.signature(func).bind(*a, **k))
    except TypeError as e:
        print('TypeError', e)

def po(a, /, b): pass
def pok(a, /, **kw): pass
def ko(*, k): pass
def va(*a): pass
def g(x, y, *args): pass
t(po); t(po, 1); t(po, 1, 2, b=3); t(pok, a=1); t(pok, 1, a=2); t(ko, 1); t(va, k=1)
t(po, 1, 2, c=1); t(po, 1, b=1, a=3); t(ko, k=1, j=2); t(g, 1, 2, x=3); t(g, 1, 2, 3, 4)
t(po, a=1, b=2); t(g, y=1, x=2)
print(inspect.signature(po).bind_partial(b=1))
print(inspect.signature(g).bind_partial())
print(inspect.signature(g).bind_partial(1).args)
b = inspect.signature(ko).bind(k=5)
print(b.args, b.kwargs)
b.arguments['k'] = 6
print(b)
