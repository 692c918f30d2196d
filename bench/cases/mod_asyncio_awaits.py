# asyncio.run (fifteen times) of a coroutine awaiting a trivial coroutine
# 100,000 times, with a task switch (sleep(0)) every 100 awaits.
import asyncio
import time


N = 100000
RUNS = 15


async def trivial(i):
    return i & 7


async def body():
    total = 0
    for i in range(N):
        total += await trivial(i)
        if i % 100 == 0:
            await asyncio.sleep(0)
    return total


def main():
    return sum(asyncio.run(body()) for _ in range(RUNS))


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
