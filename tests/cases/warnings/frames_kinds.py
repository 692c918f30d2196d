# the frame a warning comes from: generators, coroutines, class bodies,
# lambdas, comprehensions, methods called from C
import warnings
warnings.simplefilter("always")

def gen():
    warnings.warn("in a generator")
    yield 1
    warnings.warn("resumer's line", stacklevel=2)
    yield 2

def consume():
    g = gen()
    next(g)
    next(g)
consume()
print(list(gen()))

class Body:
    warnings.warn("in a class body")

f = lambda: warnings.warn("in a lambda", stacklevel=2)
f()
[warnings.warn("in a comprehension %d" % i) for i in range(2)]

class Key:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        warnings.warn("from __lt__, called by sorted", stacklevel=2)
        return self.v < other.v
sorted([Key(2), Key(1)])

class Rep:
    def __repr__(self):
        warnings.warn("from __repr__", stacklevel=2)
        return "Rep"
print(repr(Rep()), "%r" % Rep())

async def co():
    warnings.warn("in a coroutine")
    warnings.warn("its sender", stacklevel=2)
c = co()
try:
    c.send(None)
except StopIteration:
    pass
