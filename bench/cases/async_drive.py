# Coroutines driven by hand with .send(None): awaits of awaitables that yield.
import time


N = 300000


class Tick:
    # A minimal awaitable that suspends once, handing a value to the driver.
    def __init__(self, value):
        self.value = value

    def __await__(self):
        got = yield self.value
        return self.value * 2


async def leaf(n):
    a = await Tick(n)
    b = await Tick(n + 1)
    return a + b


async def worker(k, count):
    total = 0
    for i in range(count):
        total += await leaf(i + k)
    return total


def drive(coros):
    # Round-robin scheduler: step every coroutine until all have finished.
    results = []
    steps = 0
    pending = list(coros)
    while pending:
        still = []
        for c in pending:
            try:
                c.send(None)
                steps += 1
                still.append(c)
            except StopIteration as e:
                results.append(e.value)
        pending = still
    return results, steps


def main():
    coros = [worker(k, N // 4) for k in range(4)]
    results, steps = drive(coros)
    return sum(results) + steps


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
