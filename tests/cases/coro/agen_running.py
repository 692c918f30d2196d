class Suspend:
    def __await__(self):
        yield "s"

async def agen():
    await Suspend()
    yield 1

g = agen()
a1 = g.__anext__()
print(a1.send(None))
print("ag_running while awaiting:", g.ag_running)
a2 = g.__anext__()
try:
    print("a2 yielded", a2.send(None))
except StopIteration as e:
    print("a2 value", e.value)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    g.aclose().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    a1.send(None)
except StopIteration as e:
    print("a1 value", e.value)
print(g.ag_running)
