import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print('put', i)
    await q.join()
    print('all processed')

async def consumer(q, tag):
    while True:
        item = await q.get()
        print(tag, 'got', item)
        await asyncio.sleep(0)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    cons = [asyncio.create_task(consumer(q, f'c{i}')) for i in range(2)]
    await producer(q, 6)
    for c in cons:
        c.cancel()
    await asyncio.gather(*cons, return_exceptions=True)
    a, b = asyncio.Queue(), asyncio.Queue()
    async def ping(n):
        for i in range(n):
            await a.put(i)
            print('ping got', await b.get())
    async def pong(n):
        for i in range(n):
            v = await a.get()
            await b.put(v * 10)
    await asyncio.gather(ping(3), pong(3))

asyncio.run(main())
