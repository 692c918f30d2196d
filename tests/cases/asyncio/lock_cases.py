import asyncio

async def user(lock, tag, hold):
    print(tag, 'wants')
    async with lock:
        print(tag, 'has', lock.locked())
        await asyncio.sleep(hold)
    print(tag, 'released')

def show(x):
    print(repr(x).split(' object at ')[0], repr(x).split(']')[0].split('[')[-1])

async def main():
    lock = asyncio.Lock()
    show(lock)
    await asyncio.gather(user(lock, 'a', 0.01), user(lock, 'b', 0), user(lock, 'c', 0))
    show(lock)
    print(await lock.acquire(), lock.locked())
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    show(lock)
    waiter.cancel()
    await asyncio.sleep(0)
    show(lock)
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)
    # cancellation of a waiter that was already woken passes the lock on
    await lock.acquire()
    w1 = asyncio.create_task(user(lock, 'w1', 0))
    w2 = asyncio.create_task(user(lock, 'w2', 0))
    await asyncio.sleep(0)
    lock.release()
    w1.cancel()
    await asyncio.sleep(0.01)
    print(w1.cancelled(), w2.done())
    other = asyncio.new_event_loop()
    lock2 = asyncio.Lock()
    await lock2.acquire()
    async def elsewhere():
        await lock2.acquire()
    try:
        other.run_until_complete(elsewhere())
    except RuntimeError as e:
        print('RuntimeError', str(e).split(' object at ')[0])
    other.close()

asyncio.run(main())
