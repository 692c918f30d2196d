import asyncio

async def waiter(fut, tag):
    print(tag, 'waits')
    v = await fut
    print(tag, 'woke with', v)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    ts = [asyncio.create_task(waiter(fut, t)) for t in 'abc']
    fut.add_done_callback(lambda f: print('plain callback'))
    await asyncio.sleep(0)
    print('setting')
    loop.call_soon(print, 'queued before set')
    fut.set_result(1)
    loop.call_soon(print, 'queued after set')
    print('set done')
    await asyncio.sleep(0)
    print('main after one yield')
    await asyncio.gather(*ts)
    # a task finishing wakes its awaiters in order
    async def quick():
        await asyncio.sleep(0)
        return 'q'
    q = asyncio.create_task(quick())
    ws = [asyncio.create_task(waiter(q, t)) for t in 'xy']
    await asyncio.gather(*ws)
    # waking from call_later timers scheduled at the same time
    f1, f2 = loop.create_future(), loop.create_future()
    when = loop.time() + 0.01
    loop.call_at(when, f2.set_result, 'second timer first')
    loop.call_at(when, f1.set_result, 'first timer second')
    await asyncio.gather(waiter(f1, 'f1'), waiter(f2, 'f2'))

asyncio.run(main())
