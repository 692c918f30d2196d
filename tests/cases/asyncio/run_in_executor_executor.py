# lib: futshow
import asyncio
import concurrent.futures as cf
from futshow import InlineExecutor, no_threads

no_threads()


class Later(cf.Executor):
    def __init__(self):
        self.queue = []

    def submit(self, fn, /, *args):
        f = cf.Future()
        self.queue.append((f, fn, args))
        return f

    def run(self):
        for f, fn, args in self.queue:
            if f.set_running_or_notify_cancel():
                f.set_result(fn(*args))
        self.queue.clear()


async def main():
    loop = asyncio.get_running_loop()
    ex = InlineExecutor()
    fut = loop.run_in_executor(ex, pow, 2, 10)
    print(type(fut).__name__, fut.get_loop() is loop, ex.calls)
    print(await fut)
    try:
        await loop.run_in_executor(ex, int, 'z')
    except ValueError as e:
        print('ValueError', e)

    later = Later()
    fut = loop.run_in_executor(later, str.upper, 'abc')
    await asyncio.sleep(0)
    print(fut.done(), len(later.queue))
    later.run()
    print(await fut)
    fut = loop.run_in_executor(later, len, 'abc')
    fut.cancel()
    print('queued call cancelled:', later.queue[0][0].cancelled())
    later.run()

    pool = cf.ThreadPoolExecutor(1)
    try:
        loop.run_in_executor(pool, print, 'never')
    except RuntimeError as e:
        print('RuntimeError', e)
    pool.shutdown()

    try:
        loop.run_in_executor(5, print)
    except AttributeError as e:
        print('AttributeError', e)


asyncio.run(main())
