def inner(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total += got
    return total

def outer():
    r1 = yield from inner(3)
    print("inner returned", r1)
    r2 = yield from inner(2)
    return r1 + r2

g = outer()
print(next(g))
print(g.send(10), g.send(20))
print(g.send(5))
try:
    g.send(1)
    g.send(2)
except StopIteration as e:
    print("result", e.value)
