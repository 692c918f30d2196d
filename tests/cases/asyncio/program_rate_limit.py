# Producers and a consumer paced by loop timers, with results collected by
# as_completed in completion order (delays 40 ms apart keep it
# deterministic on a loaded machine).
import asyncio

async def job(i):
    await asyncio.sleep(0.04 * (5 - i))
    return i * 10

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    tasks = [asyncio.create_task(job(i)) for i in range(5)]
    seen = []
    for coro in asyncio.as_completed(tasks):
        seen.append(await coro)
    print(seen)
    print(loop.time() - start >= 0.16)
    ticks = []
    def tick(n):
        ticks.append(n)
        if n < 4:
            loop.call_later(0.001, tick, n + 1)
    tick(0)
    await asyncio.sleep(0.5)
    print(ticks)

asyncio.run(main())
