async def aw(x):
    return await x

for obj in (5, "s", None, [1], 3.5):
    c = aw(obj)
    try:
        c.send(None)
    except TypeError as e:
        print("TypeError:", e)

def plain_gen():
    yield 1
c = aw(plain_gen())
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)

async def one():
    return 1
co = one()
c = aw(co)
try:
    print(c.send(None))
except StopIteration as e:
    print("StopIteration", e.value)
c = aw(co)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
