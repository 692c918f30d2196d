# Which error wins when a call has several problems at once.
def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, e)

def f(a, b, /, c, *, d):
    pass

def g(a):
    pass

def h(a, *, k):
    pass

attempt("too many + unexpected", lambda: g(1, 2, z=3))
attempt("too many + duplicate", lambda: g(1, 2, a=3))
attempt("too many + missing kwonly", lambda: h(1, 2))
attempt("too many + kwonly given", lambda: h(1, 2, k=3))
attempt("posonly kw + missing", lambda: f(1, b=2))
attempt("posonly kw + unexpected", lambda: f(1, b=2, zz=1))
attempt("unexpected + missing", lambda: f(1, 2, zz=1))
attempt("duplicate + missing", lambda: f(1, 2, 3, c=4))
attempt("missing positional + kwonly", lambda: f(1, 2))
attempt("two unexpected", lambda: g(x=1, y=2))
attempt("posonly twice", lambda: f(a=1, b=2, c=3, d=4))
attempt("duplicate then unexpected", lambda: g(1, a=2, q=3))
attempt("unexpected then duplicate", lambda: g(1, q=3, a=2))
attempt("missing pos and kwonly", lambda: h())
