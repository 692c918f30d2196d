class Tick:
    def __await__(self):
        yield

async def double(x):
    await Tick()
    return x * 2

async def agen(n):
    for i in range(n):
        await Tick()
        yield i

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

async def main():
    print([await double(x) for x in range(4)])
    print([await double(x) async for x in agen(3)])
    print({x: await double(x) for x in "ab"})
    print([(x, y) async for x in agen(2) for y in range(2)])
    print([[y async for y in agen(x)] for x in range(3)])
    g = (await double(x) for x in range(3))
    print(type(g).__name__)
    print([v async for v in g])
    g2 = (x async for x in agen(3))
    print(type(g2).__name__, [v async for v in g2])
    total = 0
    async for v in (x * 10 async for x in agen(4) if x):
        total += v
    print(total)
    return "ok"

print(run(main()))
