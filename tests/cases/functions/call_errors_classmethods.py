# classmethod, staticmethod and __init__ argument errors.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y

    @classmethod
    def make(cls, v):
        return cls(v, v)

    @staticmethod
    def util(a, b=1):
        return a + b

def attempt(fn):
    try:
        r = fn()
        print(type(r).__name__ if isinstance(r, P) else r)
    except TypeError as e:
        print(e)

attempt(lambda: P(1, 2))
attempt(lambda: P(1))
attempt(lambda: P(1, 2, 3))
attempt(lambda: P(1, y=2, z=3))
attempt(lambda: P.make(3))
attempt(lambda: P.make())
attempt(lambda: P.make(1, 2))
attempt(lambda: P(0, 0).make())
attempt(lambda: P.util(1))
attempt(lambda: P.util())
attempt(lambda: P.util(1, 2, 3))
attempt(lambda: P(0, 0).util(5))
