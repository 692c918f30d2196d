async def agen():
    try:
        yield 1
    except ValueError as e:
        print("agen caught", repr(e))
        yield "recovered"
    finally:
        print("agen finally")
    yield "last"

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
print(step(g.athrow(ValueError("v"))))
print(step(g.__anext__()))
print(step(g.__anext__()))

g = agen()
print(step(g.__anext__()))
print(step(g.athrow(KeyError("k"))))
print(step(g.__anext__()))

g = agen()
print(step(g.athrow(ValueError("early"))))
print(step(g.__anext__()))

g = agen()
print(step(g.__anext__()))
print(step(g.athrow(ValueError)))
print(step(g.aclose()))
print(step(g.__anext__()))
