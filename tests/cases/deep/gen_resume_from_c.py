# Generators resumed from C code (by map, list, sorted, next of a builtin
# iterator...) nest C calls: each level is checked against the recursion
# limit and the C stack, as in CPython.
import sys

def alternating(n):
    g = iter([1, 2])
    for i in range(n):
        g = (x for x in map(abs, g))
    return g

def report(title, f):
    try:
        print(title, f())
    except RecursionError as e:
        # the kB figure varies between runs of CPython itself, and so does
        # the place its stack check fires (" while calling a Python object"
        # is added in some runs and not in others)
        msg = str(e)
        print(title, "RecursionError:", "stack overflow" if msg.startswith("Stack") else msg)

report("400 levels", lambda: list(alternating(400)))
report("1200 levels", lambda: list(alternating(1200)))
sys.setrecursionlimit(1000000)
report("4000 levels", lambda: list(alternating(4000)))
report("200000 levels", lambda: list(alternating(200000)))

def sorting(g):
    yield from sorted(g)
def through_sorted(n):
    g = iter([3, 1, 2])
    for i in range(n):
        g = sorting(g)
    return g
report("sorted 2000", lambda: list(through_sorted(2000)))
report("sorted 200000", lambda: list(through_sorted(200000)))

# send chains: past the depth where CPython's C stack runs out
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
report("send 3000", lambda: senders(3000).send(0))
report("send 200000", lambda: senders(200000).send(0))
print("done")
