async def agen():
    yield 1

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("stop",)
    except Exception as e:
        return ("raised", type(e).__name__, str(e))

g = agen()
aw = g.__anext__()
print(step(aw))
print(step(aw))
try:
    next(g)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(g)
except TypeError as e:
    print("TypeError:", e)
try:
    for x in agen():
        pass
except TypeError as e:
    print("TypeError:", e)

async def raises_stop():
    yield 1
    raise StopAsyncIteration("bad")
g = raises_stop()
print(step(g.__anext__()))
print(step(g.__anext__()))

async def raises_stopiter():
    yield 1
    raise StopIteration("bad")
g = raises_stopiter()
print(step(g.__anext__()))
print(step(g.__anext__()))
