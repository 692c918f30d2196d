import asyncio

async def putter(q, tag):
    print('putter', tag, 'waiting')
    await q.put(tag)
    print('putter', tag, 'put')

async def getter(q, tag):
    print('getter', tag, 'waiting')
    v = await q.get()
    print('getter', tag, 'got', v)

async def main():
    q = asyncio.Queue(maxsize=1)
    await q.put('first')
    ps = [asyncio.create_task(putter(q, t)) for t in 'abc']
    await asyncio.sleep(0)
    print(str(q))
    for _ in range(4):
        print('main got', await q.get())
    await asyncio.gather(*ps)
    q = asyncio.Queue()
    gs = [asyncio.create_task(getter(q, t)) for t in 'xyz']
    await asyncio.sleep(0)
    print(str(q))
    gs[1].cancel()
    for v in range(2):
        q.put_nowait(v)
    await asyncio.gather(*gs, return_exceptions=True)
    print(str(q), [g.cancelled() for g in gs])
    # a getter cancelled after being woken passes the item on
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter(q, 'g1'))
    g2 = asyncio.create_task(getter(q, 'g2'))
    await asyncio.sleep(0)
    q.put_nowait('item')
    g1.cancel()
    await asyncio.gather(g1, g2, return_exceptions=True)
    print(q.qsize(), g1.cancelled())

asyncio.run(main())
