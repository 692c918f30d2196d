import asyncio

async def worker(sem, tag, log):
    async with sem:
        log.append(('in', tag))
        for _ in range(tag % 3):
            await asyncio.sleep(0)
        log.append(('out', tag))

async def main():
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(worker(sem, i, log) for i in range(7)))
    print(log)
    print(sem._value, sem.locked())
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    waiters = [asyncio.create_task(sem.acquire()) for _ in range(3)]
    await asyncio.sleep(0)
    print(repr(sem).split('[')[1])
    waiters[0].cancel()
    sem.release()
    await asyncio.sleep(0)
    print([w.done() and not w.cancelled() for w in waiters], sem._value)
    sem.release()
    sem.release()
    await asyncio.sleep(0)
    print([w.done() for w in waiters], sem._value)

asyncio.run(main())
