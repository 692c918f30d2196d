# Call errors of lambdas and nested functions: <lambda>, <locals> in qualnames.
def attempt(fn):
    try:
        print(fn())
    except TypeError as e:
        print(e)

sq = lambda x: x * x
attempt(lambda: sq())
attempt(lambda: sq(1, 2))
attempt(lambda: sq(y=1))
attempt(lambda: (lambda: 0)(1))
attempt(lambda: (lambda *, k: k)(1))
attempt(lambda: (lambda a, /: a)(a=1))

def outer():
    def inner(a, b):
        return a + b
    return inner

attempt(lambda: outer()(1))
attempt(lambda: outer()(1, 2, 3))

def factory():
    return lambda p, q=1: p + q

attempt(lambda: factory()())
attempt(lambda: factory()(1, 2, 3))

class C:
    def method(self):
        def helper(z):
            return z
        return helper

attempt(lambda: C().method()())
print(C().method().__qualname__, factory().__qualname__, sq.__qualname__)
