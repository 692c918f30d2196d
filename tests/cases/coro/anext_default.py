async def agen():
    yield "a"

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("stop",)

g = agen()
print(step(anext(g, "dflt")))
print(step(anext(g, "dflt")))
print(step(anext(g, "dflt")))

async def main():
    it = aiter(agen())
    x = await anext(it)
    z = await anext(it, None)
    return x, z
print(step(main()))
