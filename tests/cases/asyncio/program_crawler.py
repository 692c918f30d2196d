# A simulated crawler: a semaphore bounds concurrency, a queue feeds workers,
# a TaskGroup owns them, timeouts drop slow pages.
import asyncio

PAGES = {
    'root': (['a', 'b', 'c'], 1),
    'a': (['d', 'e'], 2),
    'b': (['e', 'slow'], 1),
    'c': ([], 3),
    'd': (['root'], 1),
    'e': ([], 2),
    'slow': ([], 50),
}

async def fetch(name, sem):
    async with sem:
        links, cost = PAGES[name]
        for _ in range(cost):
            await asyncio.sleep(0)
        if name == 'slow':
            await asyncio.sleep(1)
        return links

async def crawl():
    sem = asyncio.Semaphore(2)
    seen = {'root'}
    q = asyncio.Queue()
    q.put_nowait('root')
    order = []
    async def worker(wid):
        while True:
            name = await q.get()
            try:
                async with asyncio.timeout(0.05):
                    links = await fetch(name, sem)
            except TimeoutError:
                order.append((wid, name, 'timeout'))
            else:
                order.append((wid, name, len(links)))
                for link in links:
                    if link not in seen:
                        seen.add(link)
                        q.put_nowait(link)
            finally:
                q.task_done()
    async with asyncio.TaskGroup() as tg:
        workers = [tg.create_task(worker(i)) for i in range(3)]
        await q.join()
        for w in workers:
            w.cancel()
    return order, sorted(seen)

order, seen = asyncio.run(crawl())
for entry in order:
    print(entry)
print(seen)
