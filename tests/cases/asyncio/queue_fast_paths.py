# Queue put/get with and without waiting, in plain queues and in subclasses
# that change the storage or the checks; odd maxsize values; shutdown.
import asyncio


class Doubling(asyncio.Queue):
    def _put(self, item):
        self._queue.append(item * 2)


class NeverEmpty(asyncio.Queue):
    def empty(self):
        return False

    def get_nowait(self):
        if not self._queue:
            return 'made up'
        return super().get_nowait()


class TinyFull(asyncio.Queue):
    def full(self):
        return len(self._queue) >= 1


class Plain(asyncio.Queue):
    pass


async def producer(q, items, log):
    for item in items:
        await q.put(item)
        log.append(('put', item, q.qsize()))


async def consumer(q, n, log):
    for _ in range(n):
        item = await q.get()
        log.append(('got', item, q.qsize()))


async def exchange(q, items):
    log = []
    await asyncio.gather(consumer(q, len(items), log), producer(q, items, log))
    return log


async def main():
    print(await exchange(asyncio.Queue(), [1, 2, 3]))
    print(await exchange(asyncio.Queue(maxsize=1), [1, 2, 3, 4]))
    print(await exchange(asyncio.Queue(maxsize=2), list(range(6))))
    print(await exchange(Plain(maxsize=1), [5, 6, 7]))
    print(await exchange(Doubling(), [1, 2, 3]))
    print(await exchange(TinyFull(), [1, 2, 3]))
    print(await exchange(asyncio.LifoQueue(maxsize=2), [1, 2, 3, 4]))
    print(await exchange(asyncio.PriorityQueue(), [3, 1, 2]))

    q = NeverEmpty()
    print(await q.get(), q.qsize())
    await q.put('x')
    print(await q.get(), await q.get())

    # items put before a shutdown can still be taken; then QueueShutDown
    q = asyncio.Queue()
    await q.put('a')
    await q.put('b')
    q.shutdown()
    print(await q.get(), q.get_nowait())
    for coro in (q.get(), q.put('c')):
        try:
            await coro
        except asyncio.QueueShutDown as exc:
            print('shut down', type(exc).__name__)
    print(q.qsize(), q._unfinished_tasks)

    # odd maxsize values fail as in put_nowait
    for size in (None, 'x', 2.5, -1):
        q = asyncio.Queue(maxsize=size)
        try:
            await q.put(1)
            await q.put(2)
            await q.put(3)
            print(size, 'ok', q.qsize(), q.full())
        except Exception as exc:
            print(size, type(exc).__name__, exc)

    # task_done/join across the fast path
    q = asyncio.Queue()
    finished = []

    async def worker():
        while True:
            item = await q.get()
            finished.append(item)
            q.task_done()

    w = asyncio.create_task(worker())
    for i in range(5):
        await q.put(i)
    print('joined', await q.join(), finished, q._finished.is_set())
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)

    # a getter cancelled after being woken hands the item's wake-up on
    q = asyncio.Queue()
    got = []

    async def taker(name):
        got.append((name, await q.get()))

    t1 = asyncio.create_task(taker('t1'))
    t2 = asyncio.create_task(taker('t2'))
    await asyncio.sleep(0)
    await q.put('only')
    t1.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(t1.cancelled(), got, len(q._getters), q.qsize())
    await q.put('second')
    await asyncio.sleep(0)
    print(got, t2.done())

    # putters blocked on a full queue, woken by get one by one
    q = asyncio.Queue(maxsize=1)
    await q.put(0)
    order = []

    async def putter(v):
        await q.put(v)
        order.append(('put', v))

    ps = [asyncio.create_task(putter(v)) for v in (1, 2, 3)]
    await asyncio.sleep(0)
    for _ in range(4):
        order.append(('get', await q.get()))
        await asyncio.sleep(0)
    await asyncio.gather(*ps)
    print(order, q.qsize())


asyncio.run(main())
