# Missing and excess arguments with keyword-only parameters.
def f(a, *, b, c):
    return a, b, c

def attempt(fn):
    try:
        print(fn())
    except TypeError as e:
        print("TypeError:", e)

attempt(lambda: f(1))
attempt(lambda: f(1, b=2))
attempt(lambda: f(1, c=2))
attempt(lambda: f(1, 2, 3))
attempt(lambda: f(1, 2, b=3))
attempt(lambda: f(1, 2, b=3, c=4))
attempt(lambda: f())

def g(*, x, y=1, z):
    return x, y, z

attempt(lambda: g())
attempt(lambda: g(1))
attempt(lambda: g(1, 2, x=1))
attempt(lambda: g(x=1, z=2, w=3))

def h(a, b=2, *, k):
    return a, b, k

attempt(lambda: h(1, 2, 3, k=4))
attempt(lambda: h(1, 2, 3))
attempt(lambda: h(1, 2, 3, 4, k=5))
