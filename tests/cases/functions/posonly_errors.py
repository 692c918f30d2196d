# Errors for positional-only parameters passed by keyword.
def f(a, b, /, c):
    return a, b, c

def attempt(fn):
    try:
        print(fn())
    except TypeError as e:
        print("TypeError:", e)

attempt(lambda: f(1, b=2, c=3))
attempt(lambda: f(a=1, b=2, c=3))
attempt(lambda: f(1, 2, c=3))
attempt(lambda: f(a=1, b=2))

def g(x, /):
    return x

attempt(lambda: g(x=1))
attempt(lambda: g())

class K:
    def m(self, p, /):
        return p

attempt(lambda: K().m(p=1))
attempt(lambda: K.m(self=K(), p=1))
