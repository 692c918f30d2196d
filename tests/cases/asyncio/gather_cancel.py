import asyncio

async def child(tag, d):
    try:
        await asyncio.sleep(d)
        return tag
    except asyncio.CancelledError:
        print(tag, 'cancelled')
        raise

async def main():
    g = asyncio.gather(child('a', 1), child('b', 1))
    await asyncio.sleep(0)
    print(repr(g).split(' cb=')[0])
    print(g.cancel('stop'), g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather cancelled', e.args)
    # one child cancelled: the gather fails with CancelledError
    t1 = asyncio.create_task(child('c', 1))
    t2 = asyncio.create_task(child('d', 0.01))
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0)
    t1.cancel('child msg')
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather saw child cancel', e.args)
    await t2
    # return_exceptions keeps the cancellation as a value
    t1 = asyncio.create_task(child('e', 1))
    g = asyncio.gather(t1, child('f', 0), return_exceptions=True)
    await asyncio.sleep(0)
    t1.cancel('e msg')
    print(await g)
    t1 = asyncio.create_task(child('e2', 1))
    g = asyncio.gather(t1, return_exceptions=True)
    await asyncio.sleep(0)
    t1.cancel()
    print(await g)
    # cancel with return_exceptions: outer still cancelled
    g = asyncio.gather(child('g', 1), return_exceptions=True)
    await asyncio.sleep(0)
    g.cancel()
    try:
        print(await g)
    except asyncio.CancelledError:
        print('outer cancelled though return_exceptions')
    # the awaiting task is cancelled: children are cancelled too
    async def parent():
        await asyncio.gather(child('h', 1), child('i', 1))
    p = asyncio.create_task(parent())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print('parent cancelled')
    # done gather cannot be cancelled; empty gather
    g = asyncio.gather()
    print(g.done(), g.result(), g.cancel())
    # the same awaitable twice
    c = child('same', 0)
    print(await asyncio.gather(c, c))
    # first error wins, the others keep running
    async def err(tag):
        await asyncio.sleep(0)
        raise ValueError(tag)
    t = asyncio.create_task(child('survivor', 0.01))
    try:
        await asyncio.gather(err('x'), t)
    except ValueError as e:
        print('ValueError', e, t.done())
    print(await t)

asyncio.run(main())
