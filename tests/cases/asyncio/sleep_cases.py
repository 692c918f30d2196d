import asyncio
import math

async def ticker(tag, n):
    for i in range(n):
        print(tag, i)
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(ticker('a', 3), ticker('b', 2), ticker('c', 1))
    print(await asyncio.sleep(0, 'result'))
    print(await asyncio.sleep(0.001, result=[1]))
    print(await asyncio.sleep(-5, 'negative'))
    try:
        await asyncio.sleep(math.nan)
    except ValueError as e:
        print('ValueError', e)
    try:
        await asyncio.sleep('1')
    except TypeError as e:
        print('TypeError', e)
    order = []
    async def s(d, tag):
        await asyncio.sleep(d)
        order.append(tag)
    await asyncio.gather(s(0.02, 'b'), s(0.01, 'a'), s(0.03, 'c'), s(0, 'zero'))
    print(order)
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('sleep cancelled')
    loop = asyncio.get_running_loop()
    print(len(loop._scheduled) <= 1)

asyncio.run(main())
