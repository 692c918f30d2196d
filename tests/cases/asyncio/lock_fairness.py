import asyncio

async def user(lock, tag, log):
    async with lock:
        log.append(tag)
        await asyncio.sleep(0)

async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    ts = [asyncio.create_task(user(lock, i, log)) for i in range(5)]
    await asyncio.sleep(0)
    ts[1].cancel()
    ts[3].cancel()
    lock.release()
    await asyncio.gather(*ts, return_exceptions=True)
    print(log, [t.cancelled() for t in ts])
    # a newcomer does not jump the queue of waiters
    log = []
    await lock.acquire()
    waiter = asyncio.create_task(user(lock, 'waiter', log))
    await asyncio.sleep(0)
    lock.release()
    newcomer = asyncio.create_task(user(lock, 'newcomer', log))
    await asyncio.gather(waiter, newcomer)
    print(log)
    # a lock acquired without contention stays synchronous
    print(lock.locked(), await lock.acquire(), lock.locked())
    lock.release()

asyncio.run(main())
