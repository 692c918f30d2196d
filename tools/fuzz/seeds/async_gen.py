async def ticker(n):
    for i in range(n):
        try:
            yield i
        finally:
            pass


async def consume():
    out = []
    g = ticker(5)
    out.append(await g.__anext__())
    async for v in g:
        if v == 3:
            break
        out.append(v)
    await g.aclose()
    return out


async def compute():
    vals = [v async for v in ticker(4) if v % 2 == 0]
    return vals, {v: v * v async for v in ticker(3)}


def drive(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value


print(drive(consume()), drive(compute()))
