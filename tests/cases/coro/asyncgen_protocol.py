async def agen():
    print("agen start")
    x = yield 1
    print("agen got", x)
    y = yield 2
    print("agen got", y)

g = agen()
aw = g.__anext__()
try:
    aw.send(None)
except StopIteration as e:
    print("first value", e.value)
aw = g.asend("hello")
try:
    aw.send(None)
except StopIteration as e:
    print("second value", e.value)
aw = g.asend("world")
try:
    aw.send(None)
except StopAsyncIteration as e:
    print("StopAsyncIteration", e.args)
aw = g.__anext__()
try:
    aw.send(None)
except StopAsyncIteration:
    print("still exhausted")

g = agen()
try:
    g.asend("x").send(None)
except TypeError as e:
    print("TypeError:", e)
aw = g.aclose()
try:
    aw.send(None)
except StopIteration as e:
    print("aclose unstarted", e.value)
