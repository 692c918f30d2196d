import asyncio
import concurrent.futures as cf


async def work(x, fail=False):
    await asyncio.sleep(0)
    if fail:
        raise ValueError(x)
    return x * 2


async def main():
    loop = asyncio.get_running_loop()
    f = asyncio.run_coroutine_threadsafe(work(21), loop)
    print(type(f).__module__, type(f).__name__, f.done(), f.running())
    print('via wrap_future:', await asyncio.wrap_future(f))
    print(f.result(0), f.done())

    g = asyncio.run_coroutine_threadsafe(work('x', fail=True), loop)
    try:
        await asyncio.wrap_future(g)
    except ValueError as e:
        print('raised', repr(e), g.exception(0) is e)

    # the concurrent future's callbacks run when the task ends
    h = asyncio.run_coroutine_threadsafe(work(1), loop)
    h.add_done_callback(lambda fut: print('callback', fut.result()))
    for _ in range(4):
        await asyncio.sleep(0)
    print('done:', h.done())

    # cancelling the concurrent future cancels the task
    k = asyncio.run_coroutine_threadsafe(asyncio.sleep(10, 'late'), loop)
    await asyncio.sleep(0)
    print('cancel:', k.cancel(), k.cancelled())
    await asyncio.sleep(0)
    tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    print('tasks left:', len(tasks))

    # cancelled before the loop got to it
    m = asyncio.run_coroutine_threadsafe(work(2), loop)
    m.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('cancelled early:', m.cancelled(), m._state)


asyncio.run(main())

for bad in (work, 5, None):
    try:
        asyncio.run_coroutine_threadsafe(bad, None)
    except TypeError as e:
        print('TypeError', e)
loop = asyncio.new_event_loop()
coro = work(3)
f = asyncio.run_coroutine_threadsafe(coro, loop)
print(f.done())
print(loop.run_until_complete(asyncio.wrap_future(f, loop=loop)), f.result())
loop.close()
coro = work(4)
try:
    asyncio.run_coroutine_threadsafe(coro, loop)
except RuntimeError as e:
    print('RuntimeError', e)
coro.close()
print('run_coroutine_threadsafe' in asyncio.__all__)
