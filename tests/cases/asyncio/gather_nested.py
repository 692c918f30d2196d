import asyncio

async def v(x, n=1):
    for _ in range(n):
        await asyncio.sleep(0)
    return x

async def main():
    inner1 = asyncio.gather(v(1, 3), v(2))
    inner2 = asyncio.gather(v(3), v(4, 2))
    print(await asyncio.gather(inner1, inner2, v(5)))
    print(await asyncio.gather(*[v(i, 3 - i % 3) for i in range(6)]))
    async def fail():
        await asyncio.sleep(0)
        raise ZeroDivisionError('z')
    print(await asyncio.gather(asyncio.gather(fail(), return_exceptions=True), v('ok')))
    r = await asyncio.gather(asyncio.gather(fail()), v('x'), return_exceptions=True)
    print(r)
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result('pre-done')
    print(await asyncio.gather(f, v('after')))
    g = asyncio.gather(v(1))
    print(type(g).__name__, isinstance(g, asyncio.Future))
    await g

asyncio.run(main())
