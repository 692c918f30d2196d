async def agen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("agen caught", repr(e))
        yield "recovered"
    finally:
        print("agen finally")

def step(fn):
    try:
        return ("yielded?", fn())
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("stop",)
    except Exception as e:
        return ("raised", type(e).__name__, str(e))

g = agen()
print(step(lambda: g.__anext__().send(None)))
aw = g.__anext__()
print(step(lambda: aw.throw(ValueError("via anext.throw"))))
print(step(lambda: g.__anext__().send(None)))
print(step(lambda: g.__anext__().send(None)))

g = agen()
print(step(lambda: g.__anext__().send(None)))
t = g.athrow(ValueError)
print(type(t).__name__)
print(step(lambda: t.send(None)))
print(step(lambda: t.send(None)))
print(step(lambda: g.aclose().send(None)))
print(step(lambda: g.__anext__().send(None)))
