# With _asyncio blocked, asyncio runs on its Python Future and Task, as
# CPython's does: the same results, reprs and messages.
import sys
sys.modules['_asyncio'] = None

import asyncio
from asyncio import futures, tasks


async def child(n):
    await asyncio.sleep(0)
    if n == 3:
        raise ValueError(n)
    return n


async def main():
    loop = asyncio.get_running_loop()
    print(asyncio.Future is futures._PyFuture, asyncio.Task is tasks._PyTask)
    print(asyncio.Future.__module__, asyncio.Task.__module__)
    t = asyncio.create_task(child(1), name='one')
    print(repr(t))
    await asyncio.sleep(0)
    print(repr(t))
    print(await t, repr(t))
    print(await asyncio.gather(child(1), child(2), child(3), return_exceptions=True))
    f = loop.create_future()
    print(repr(f))
    f.add_done_callback(print)
    print(repr(f))
    f.cancel('bye')
    try:
        await f
    except asyncio.CancelledError as exc:
        print('cancelled', exc.args)
    s = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    print(s.cancel('later'), s.cancelling())
    try:
        await s
    except asyncio.CancelledError as exc:
        print('sleep cancelled', exc.args)
    print(asyncio.current_task() is not None, len(asyncio.all_tasks()))
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(child(4))
        b = tg.create_task(child(5))
    print(a.result(), b.result())
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.001)
    except TimeoutError:
        print('timed out')
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i)
    async def consumer():
        return [await q.get() for _ in range(3)]
    print(await asyncio.gather(producer(), consumer()))


asyncio.run(main())
