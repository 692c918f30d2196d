import asyncio

def show(x):
    print(repr(x).split(' object at ')[0], repr(x).split('[')[-1])

async def consumer(cond, items, tag):
    async with cond:
        await cond.wait_for(lambda: items)
        print(tag, 'got', items.pop(0))

async def main():
    cond = asyncio.Condition()
    show(cond)
    items = []
    ts = [asyncio.create_task(consumer(cond, items, t)) for t in 'abc']
    await asyncio.sleep(0)
    show(cond)
    async with cond:
        items.append(1)
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.extend([2, 3])
        cond.notify_all()
    await asyncio.gather(*ts)
    show(cond)
    for meth in (cond.wait, cond.notify):
        try:
            r = meth()
            if asyncio.iscoroutine(r):
                await r
        except RuntimeError as e:
            print('RuntimeError', e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with lock:
        print(c2.locked())
    # a waiter cancelled while waiting re-acquires the lock before raising
    async def cancelled_waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print('cancelled waiter holds lock:', cond.locked())
                raise
    t = asyncio.create_task(cancelled_waiter())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('waiter done', cond.locked())
    async with cond:
        cond.notify(0)
        cond.notify_all()
        print(await asyncio.wait_for(cond.wait_for(lambda: 'x'), 1))
    try:
        asyncio.Condition(asyncio.Lock()).wait
    except Exception as e:
        print(e)

asyncio.run(main())
