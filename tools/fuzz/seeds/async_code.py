class Sleep:
    def __await__(self):
        yield "tick"
        return 7


async def add(a, b):
    x = await Sleep()
    return a + b + x


async def agen(n):
    for i in range(n):
        await Sleep()
        yield i


class Ctx:
    async def __aenter__(self):
        return "ctx"

    async def __aexit__(self, *exc):
        return False


async def main():
    total = await add(1, 2)
    async with Ctx() as c:
        items = [i async for i in agen(3)]
    async for i in agen(2):
        total += i
    return total, c, items


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


print(run(main()))
