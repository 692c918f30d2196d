# "takes N positional arguments but M were given" in all its forms.
def zero(): pass
def one(a): pass
def two(a, b): pass
def opt(a, b=1, c=2): pass
def kwo(a, *, k=1): pass
def kwo2(a, *, k, j): pass
def alldef(a=1): pass

def attempt(fn):
    try:
        fn()
    except TypeError as e:
        print(e)

attempt(lambda: zero(1))
attempt(lambda: zero(1, 2))
attempt(lambda: one(1, 2))
attempt(lambda: two(1, 2, 3))
attempt(lambda: opt(1, 2, 3, 4))
attempt(lambda: opt(1, 2, 3, 4, 5))
attempt(lambda: kwo(1, 2))
attempt(lambda: kwo(1, 2, k=3))
attempt(lambda: kwo2(1, 2, k=3))
attempt(lambda: kwo2(1, 2, k=3, j=4))
attempt(lambda: alldef(1, 2))
attempt(lambda: zero(k=1))
