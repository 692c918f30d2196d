# "missing N required positional argument(s)" with CPython's name lists.
def one(a): pass
def two(a, b): pass
def three(a, b, c): pass
def four(a, b, c, d=4): pass
def mixed(a, b=2, *, c, d=4, e): pass

def attempt(fn):
    try:
        fn()
    except TypeError as e:
        print(e)

attempt(lambda: one())
attempt(lambda: two())
attempt(lambda: two(1))
attempt(lambda: two(b=1))
attempt(lambda: three())
attempt(lambda: three(1))
attempt(lambda: three(b=1))
attempt(lambda: four())
attempt(lambda: four(1, d=2))
attempt(lambda: mixed())
attempt(lambda: mixed(1))
attempt(lambda: mixed(1, c=1))
attempt(lambda: mixed(1, e=1))
