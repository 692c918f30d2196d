import asyncio

async def main():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    print(cond.locked(), lock.locked())
    async with cond:
        print(cond.locked(), lock.locked())
    print(cond.acquire == lock.acquire, cond.release == lock.release)
    results = []
    async def producer():
        for i in range(3):
            async with cond:
                results.append(i)
                cond.notify()
            await asyncio.sleep(0)
    async def consumer():
        got = []
        while len(got) < 3:
            async with cond:
                await cond.wait_for(lambda: results)
                got.append(results.pop(0))
        return got
    print(await asyncio.gather(consumer(), producer()))

asyncio.run(main())
