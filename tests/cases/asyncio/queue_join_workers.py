import asyncio

async def worker(name, q, results):
    while True:
        item = await q.get()
        try:
            for _ in range(item % 3):
                await asyncio.sleep(0)
            results.append((name, item))
        finally:
            q.task_done()

async def main():
    q = asyncio.Queue()
    results = []
    for i in range(10):
        q.put_nowait(i)
    workers = [asyncio.create_task(worker(f'w{i}', q, results)) for i in range(3)]
    await q.join()
    print(results)
    print(str(q))
    for w in workers:
        w.cancel()
    print(await asyncio.gather(*workers, return_exceptions=True))
    q = asyncio.Queue()
    await q.join()
    print('join on an empty queue returns at once')
    q.put_nowait(1)
    joiners = [asyncio.create_task(q.join()) for _ in range(2)]
    await asyncio.sleep(0)
    q.get_nowait()
    q.task_done()
    await asyncio.gather(*joiners)
    print('both joiners released')

asyncio.run(main())
