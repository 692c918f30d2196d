# Keyword-only and positional-only parameters, and their errors.
def f(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)

print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4, e=6))

def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as err:
        print(label, "TypeError:", err)

attempt("missing d", lambda: f(1, 2, 3))
attempt("too many", lambda: f(1, 2, 3, 4))
attempt("posonly by kw", lambda: f(1, b=2, c=3, d=4))
attempt("unknown kw", lambda: f(1, 2, 3, d=4, z=0))
attempt("dup", lambda: f(1, 2, 3, c=3, d=4))

def g(x, y=0, *args, key, **kw):
    return (x, y, args, key, kw)

print(g(1, key="k"), g(1, 2, 3, 4, key="k", other=1))
attempt("missing key", lambda: g(1))
attempt("missing x", lambda: g(key=1))

def h(a, b, c):
    return a + b + c

attempt("missing two", lambda: h(1))
attempt("h ok", lambda: h(*[1], **{"b": 2, "c": 3}))
