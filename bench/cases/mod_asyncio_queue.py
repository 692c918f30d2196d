# A few thousand tasks passing tokens to each other through asyncio.Queue.
import asyncio
import time


TASKS = 2000
ROUNDS = 120


async def relay(inbox, outbox):
    total = 0
    for _ in range(ROUNDS):
        token = await inbox.get()
        total += token
        await outbox.put(token + 1)
    return total


async def body():
    queues = [asyncio.Queue() for _ in range(TASKS)]
    tasks = [asyncio.create_task(relay(queues[i], queues[(i + 1) % TASKS]))
             for i in range(TASKS)]
    for q in queues[::50]:
        q.put_nowait(1)
    done = await asyncio.gather(*tasks)
    left = sum(q.qsize() for q in queues)
    return sum(done) + left


def main():
    return asyncio.run(body())


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
