# Readers waiting for data: wake-up order, two waiters at once, cancellation.
import asyncio


async def main():
    r = asyncio.StreamReader()

    async def reader(name, coro):
        try:
            print(name, 'got', await coro)
        except Exception as exc:
            print(name, type(exc).__name__, exc)

    t = asyncio.create_task(reader('line', r.readline()))
    await asyncio.sleep(0)
    t2 = asyncio.create_task(reader('second', r.read(5)))
    await asyncio.sleep(0)
    print('feeding')
    r.feed_data(b'par')
    await asyncio.sleep(0)
    r.feed_data(b'tial\nmore')
    await t
    await t2
    t = asyncio.create_task(r.readexactly(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled')
    r.feed_data(b'-tail')
    r.feed_eof()
    print(await r.read())

    r = asyncio.StreamReader()
    try:
        async with asyncio.timeout(0.01):
            await r.readline()
    except TimeoutError:
        print('timed out')
    r.feed_data(b'after\n')
    print(await r.readline())


asyncio.run(main())
