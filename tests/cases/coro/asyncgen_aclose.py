async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("stop",)
    except Exception as e:
        return ("raised", repr(e))

g = agen()
print(step(g.__anext__()))
print(step(g.aclose()))
print(step(g.aclose()))
print(step(g.__anext__()))

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring")
        yield 2

g = stubborn()
print(step(g.__anext__()))
print(step(g.aclose()))

async def catches():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit in agen")
        raise
g = catches()
print(step(g.__anext__()))
print(step(g.aclose()))

aw = agen().aclose()
print(step(aw))
try:
    aw.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
