import asyncio

class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n

class Resource:
    async def __aenter__(self):
        print('enter')
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, *exc):
        await asyncio.sleep(0)
        print('exit', exc[0].__name__ if exc[0] else None)
        return True

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i

async def main():
    print([x async for x in Ticker(4)])
    print([x async for x in agen(5) if x % 2 == 0])
    async with Resource() as r:
        print('inside', type(r).__name__)
        raise ValueError('suppressed by __aexit__')
    print('after suppressed error')
    async def both(tag):
        async for x in agen(3):
            print(tag, x)
    await asyncio.gather(both('a'), both('b'))

asyncio.run(main())
