def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"call {fn.__name__}{args} {kwargs}")
        result = fn(*args, **kwargs)
        print(f"  -> {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper
def repeat(n):
    def deco(fn):
        def inner(*a):
            return [fn(*a) for _ in range(n)]
        return inner
    return deco
@trace
def add(a, b=10):
    return a + b
@repeat(3)
@trace
def hello(name):
    return "hi " + name
add(1)
add(1, b=2)
print(hello("x"), add.__name__, add.__wrapped__.__name__)
class cached:
    def __init__(self, fn):
        self.fn, self.cache = fn, {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@cached
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square.cache)
