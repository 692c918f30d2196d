def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw


print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7))
args = (1, 2)
kwargs = {"d": 0, "q": 1}
print(f(*args, *args, **kwargs))
print(f.__name__, f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount)


def kwonly(*, a, b=1):
    return a * b


print(kwonly(a=3), kwonly(b=2, a=2))
try:
    f()
except TypeError as e:
    print(e)
try:
    kwonly(1)
except TypeError as e:
    print(e)


def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)


print(rec(200), (lambda *a, **k: (a, k))(1, x=2))
