# **kwargs collects extra keyword arguments into a fresh dict, in call order.
def f(a, **kw):
    return a, kw

print(f(1))
print(f(1, z=26, y=25, x=24))
print(f(a=1, b=2))
print(f(**{"a": 1, "q": 2, "p": 3}))
d = {"k": 1}
r = f(0, **d)
print(r[1] is d, r[1] == d)

def g(*args, **kwargs):
    return args, list(kwargs.items())

print(g(1, 2, c=3, b=4, a=5))
print(g(*[1], **{"b": 1}, a=2, **{"c": 3}))

def h(**kw):
    kw["added"] = True
    return kw

base = {"x": 1}
print(h(**base), base)
