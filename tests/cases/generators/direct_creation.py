# Generators, coroutines and async generators made by a call: arguments in
# cells (captured by inner functions), closures, frames of unstarted
# generators, awaiting objects whose __await__ is a generator function.
import sys


def counter(start, step):
    def bump():
        nonlocal start
        start += step
        return start
    yield bump()
    yield bump()
    yield start


print(list(counter(10, 5)))


def outer(k):
    def gen(n):
        for i in range(n):
            yield i * k
    return gen


print(list(outer(3)(4)))

g = counter(1, 1)
print(g.gi_frame.f_lineno, g.gi_frame.f_code.co_name, g.gi_running, g.gi_suspended)
print(sorted(g.gi_frame.f_locals))
next(g)
print(g.gi_frame.f_lineno)
g.close()


def defaults(a, b=2):
    yield a + b


print(list(defaults(1)), list(defaults(1, 10)))


class Tick:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield self.v
        return (self.v, got)


async def run():
    return await Tick(1), await Tick(2)


c = run()
print(c.send(None), c.send("a"))
try:
    c.send("b")
except StopIteration as e:
    print("result", e.value)

t = Tick(3)
t.__await__ = lambda: iter(["instance attribute is not used"])


async def one(x):
    return await x


c = one(t)
print(c.send(None))
c.close()


class NotGen:
    def __await__(self):
        return 5


c = one(NotGen())
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)


async def agen(n):
    for i in range(n):
        yield i


ag = agen(2)
print(type(ag).__name__, ag.ag_frame.f_code.co_name)


def deep(n):
    if n == 0:
        return counter(0, 1)
    return deep(n - 1)


print(next(deep(50)))


def nested_gens(n):
    return [counter(i, i) for i in range(n)]


print([next(x) for x in nested_gens(5)])
print(sys.getrecursionlimit())
