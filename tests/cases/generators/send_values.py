def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total

g = acc()
print(g.send(None))
print(g.send(5))
print(g.send(10))
print(g.send(-3))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

g = acc()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
g.close()

def echo():
    r = None
    while True:
        r = yield r
        r = r * 2

e = echo()
next(e)
for v in (1, "ab", [3]):
    print(e.send(v))
e.close()
try:
    e.send(1)
except StopIteration as ex:
    print("after close", repr(ex.value))
