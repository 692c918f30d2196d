import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(5, 'e'), (1, 'a'), (3, 'c'), (1, 'aa'), (4, 'd')]:
        pq.put_nowait(item)
    print(str(pq))
    out = []
    while not pq.empty():
        out.append(await pq.get())
    print(out)
    lq = asyncio.LifoQueue(2)
    await lq.put(1)
    await lq.put(2)
    t = asyncio.create_task(lq.put(3))
    await asyncio.sleep(0)
    print(lq.full(), str(lq))
    print(await lq.get(), await lq.get(), await lq.get())
    await t

asyncio.run(main())
