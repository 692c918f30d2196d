# firstiter is called when an async generator is first iterated; the
# finalizer when one that did not finish is freed; neither for one that
# finished.
import sys

def firstiter(agen):
    print("firstiter", agen.__qualname__)

def finalizer(agen):
    print("finalizer", agen.__qualname__)
    try:
        agen.aclose().send(None)
    except StopIteration:
        print("closed")

async def agen(n):
    for i in range(n):
        yield i

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def take_one(g):
    return await g.__anext__()

async def take_all(g):
    return [x async for x in g]

sys.set_asyncgen_hooks(firstiter, finalizer)
g = agen(3)
print("made")
print(run(take_one(g)))
print(run(take_one(g)))
del g
print("after del")
g = agen(2)
print(run(take_all(g)))
del g
print("after del 2")
g = agen(2)
del g
print("never iterated")
sys.set_asyncgen_hooks(None, None)
