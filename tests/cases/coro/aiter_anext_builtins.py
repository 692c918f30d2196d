async def agen():
    yield "a"
    yield "b"

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
print(aiter(g) is g)
print(step(anext(g)))
print(step(anext(g)))
print(step(anext(g)))

class AIt:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n

a = AIt()
print(aiter(a) is a)
print(step(anext(a)), step(anext(a)), step(anext(a)))
for bad in (lambda: aiter(5), lambda: anext(5), lambda: anext([1])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

async def main():
    it = aiter(agen())
    x = await anext(it)
    y = await anext(it)
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration from await anext")
    return x, y
print(step(main()))
