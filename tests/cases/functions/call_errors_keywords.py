# Unexpected keywords and multiple values for one argument.
def f(a, b=2):
    return a, b

def attempt(fn):
    try:
        print(fn())
    except TypeError as e:
        print(e)

attempt(lambda: f(1, c=3))
attempt(lambda: f(1, a=3))
attempt(lambda: f(1, 2, b=3))
attempt(lambda: f(1, **{"b": 2, "zz": 1}))
attempt(lambda: f(*[1, 2], **{"a": 1}))
attempt(lambda: f(1, **{"b": 1}, c=5))

def g(**kw):
    return kw

attempt(lambda: g(**{"x": 1}, **{"x": 2}))
attempt(lambda: g(x=1, **{"x": 2}))
attempt(lambda: g(**{1: 2}))
attempt(lambda: g(**{"ok": 1, 2: 3}))
