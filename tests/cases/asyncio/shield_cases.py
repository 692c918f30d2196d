import asyncio

async def work(tag, d=0.01):
    await asyncio.sleep(d)
    print(tag, 'finished')
    return tag

async def main():
    inner = asyncio.create_task(work('inner'))
    outer = asyncio.shield(inner)
    print(repr(outer).split(' at ')[0])
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled', inner.done())
    print(await inner)
    # the awaiting task is cancelled; the shielded work goes on
    inner = asyncio.create_task(work('inner2'))
    async def waiter():
        return await asyncio.shield(inner)
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print('waiter cancelled', inner.done())
    await inner
    # shield of a finished future is the future
    f = asyncio.get_running_loop().create_future()
    f.set_result(1)
    print(asyncio.shield(f) is f)
    # inner error and inner cancel propagate
    async def fail():
        raise ValueError('inner failed')
    try:
        await asyncio.shield(fail())
    except ValueError as e:
        print('ValueError', e)
    inner = asyncio.create_task(work('inner3', 1))
    sh = asyncio.shield(inner)
    await asyncio.sleep(0)
    inner.cancel()
    try:
        await sh
    except asyncio.CancelledError:
        print('inner cancel reaches outer', sh.cancelled())
    print(await asyncio.shield(work('direct', 0)))

asyncio.run(main())
