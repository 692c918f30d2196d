# Chains of generators (each iterating over or delegating to the next) are
# freed without deep C recursion, whether or not they were started.
import sys
N = 100000

g = iter([1, 2])
for i in range(N):
    g = (x for x in g)
g = None
print("unstarted generator expressions freed")

g = iter(range(10))
for i in range(N):
    g = (x * 1 for x in g)
print(next(g), next(g))
g = None
print("started generator expressions freed")

def relay(it):
    for x in it:
        yield x
g = iter(range(5))
for i in range(N):
    g = relay(g)
print(next(g))
g = None
print("started generators freed")

# a suspended `yield from` chain is closed from the outside in when freed
sys.setrecursionlimit(80000)
def deep(n):
    try:
        if n:
            yield from deep(n - 1)
        else:
            yield 1
            yield 2
    finally:
        if n % 10000 == 0:
            print("closing", n)
g = deep(70000)
print(next(g), next(g))
g = None
print("yield from chain freed")

# each generator's finally block runs as it is closed
closed = []
def tracked(it, i):
    try:
        yield from it
    finally:
        if i % 10000 == 0:
            closed.append(i)
g = iter(range(3))
for i in range(50000):
    g = tracked(g, i)
print(next(g))
g = None
print("closed", closed)

# coroutines awaiting each other, suspended at the innermost await
class Suspend:
    def __await__(self):
        yield "suspended"
async def wait(n):
    if n == 0:
        await Suspend()
    else:
        await wait(n - 1)
c = wait(50000)
print(c.send(None))
c = None
print("coroutine chain freed")
