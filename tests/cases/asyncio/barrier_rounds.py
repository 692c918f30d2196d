import asyncio

async def party(b, tag, rounds, log):
    for r in range(rounds):
        i = await b.wait()
        log.append((r, tag, i))
        await asyncio.sleep(0)

async def main():
    b = asyncio.Barrier(3)
    log = []
    await asyncio.gather(*(party(b, t, 3, log) for t in 'xyz'))
    print(log)
    print(repr(b).split('[')[1], b.n_waiting)
    async with asyncio.Barrier(1) as pos:
        print('pos', pos)
    b = asyncio.Barrier(2)
    t = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    print(repr(b).split('[')[1])
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('waiter cancelled', repr(b).split('[')[1])

asyncio.run(main())
