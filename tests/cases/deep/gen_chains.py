# Generators over generators: FOR_ITER and `yield from` resume the inner
# generator in the running loop, so a chain needs no C stack and no
# recursion-limit headroom, until something in it makes a call.
import sys

def genexps(n, start=(1, 2, 3)):
    g = iter(start)
    for i in range(n):
        g = (x for x in g)
    return g

print("next of 100000 generator expressions", next(genexps(100000)))
print("list of 20000", list(genexps(20000)))

def relay(it):
    for x in it:
        yield x
g = iter([5, 6])
for i in range(50000):
    g = relay(g)
print("generator functions", list(g))

def delegate(it):
    return (yield from it)
g = iter([7, 8])
for i in range(50000):
    g = delegate(g)
print("yield from", list(g))

# a call at the bottom of a deep chain counts every generator frame above it
def h(x):
    return x
def calling():
    yield h(1)
def chain_over(inner, n):
    g = inner
    for i in range(n):
        g = (x for x in g)
    return g
for n in (900, 1100):
    try:
        print(n, list(chain_over(calling(), n)))
    except RecursionError as e:
        print(n, "RecursionError:", e)

# a recursive generator function is a chain of calls: limited by the
# recursion limit
def dig(n):
    if n:
        return (yield from dig(n - 1)) + 1
    yield "bottom"
    return 0
def dig_to_end(n):
    g = dig(n)
    first = next(g)
    try:
        next(g)
    except StopIteration as e:
        return first, e.value
try:
    print(dig_to_end(2000))
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(80000)
print(dig_to_end(70000))

# gen.send() called from Python resumes the generator below it
def sender(below):
    x = yield
    while True:
        x = yield below.send(x + 1)
def bottom():
    x = yield
    while True:
        x = yield x * 2
def senders(n):
    g = bottom()
    next(g)
    for i in range(n):
        g = sender(g)
        next(g)
    return g
print("send through 500", senders(500).send(0))
sys.setrecursionlimit(1000)
try:
    print(senders(1500).send(0))
except RecursionError as e:
    print("send through 1500: RecursionError:", e)
