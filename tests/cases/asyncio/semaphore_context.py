import asyncio

async def main():
    sem = asyncio.Semaphore(3)
    active = []
    peak = [0]
    async def job(i):
        async with sem:
            active.append(i)
            peak[0] = max(peak[0], len(active))
            for _ in range(i % 2 + 1):
                await asyncio.sleep(0)
            active.remove(i)
        return i
    print(await asyncio.gather(*(job(i) for i in range(8))), peak[0])
    print(repr(sem).split('[')[1])
    b = asyncio.BoundedSemaphore(2)
    async with b:
        async with b:
            print(b.locked(), repr(b).split('[')[1])
    print(b.locked(), repr(b).split('[')[1])

asyncio.run(main())
