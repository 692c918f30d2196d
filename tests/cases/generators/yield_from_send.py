def inner():
    total = 0
    while True:
        x = yield total
        print("inner got", x)
        if x is None:
            return total
        total += x

def outer():
    r = yield from inner()
    print("outer: inner returned", r)
    x = yield "outer-after"
    print("outer got", x)
    return r * 10

g = outer()
print(next(g))
print(g.send(3))
print(g.send(4))
print(g.send(None))
try:
    g.send("last")
except StopIteration as e:
    print("stop", e.value)

# send to iterator without send: must use __next__ for None, fails otherwise
def deleg():
    yield from iter([1, 2, 3])

d = deleg()
print(next(d))
print(d.send(None))
try:
    d.send(5)
except AttributeError as e:
    print("AttributeError:", e)
