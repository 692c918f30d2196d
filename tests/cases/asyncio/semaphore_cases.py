import asyncio

def show(x):
    print(repr(x).split(' object at ')[0], repr(x).split('[')[-1])

async def worker(sem, tag):
    async with sem:
        print(tag, 'in')
        await asyncio.sleep(0)
        print(tag, 'out')

async def main():
    sem = asyncio.Semaphore(2)
    show(sem)
    await asyncio.gather(*(worker(sem, t) for t in 'abcde'))
    show(sem)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError', e)
    b = asyncio.BoundedSemaphore(1)
    show(b)
    await b.acquire()
    show(b)
    print(b.locked())
    b.release()
    try:
        b.release()
    except ValueError as e:
        print('ValueError', e)
    s0 = asyncio.Semaphore(0)
    print(s0.locked())
    t = asyncio.create_task(s0.acquire())
    await asyncio.sleep(0)
    show(s0)
    s0.release()
    show(s0)
    print(await t)
    show(s0)
    s0.release()
    s0.release()
    show(s0)
    # a cancelled waiter does not lose a wakeup
    s1 = asyncio.Semaphore(0)
    a = asyncio.create_task(s1.acquire())
    b2 = asyncio.create_task(s1.acquire())
    await asyncio.sleep(0)
    s1.release()
    a.cancel()
    await asyncio.sleep(0)
    print(a.cancelled(), b2.done(), s1._value)
    s1.release()
    await asyncio.sleep(0)
    print(b2.done(), s1._value)

asyncio.run(main())
