import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    ts = [asyncio.create_task(job(n, d), name=n) for n, d in [('a', 0.01), ('b', 0.03), ('c', 0)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print('first', names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print('all', names(done), names(pending))
    ts = [asyncio.create_task(job('x', 0, True), name='x'),
          asyncio.create_task(job('y', 0.05), name='y')]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print('first exc', names(done), names(pending), repr(ts[0].exception()))
    done, pending = await asyncio.wait(pending, timeout=0.01)
    print('timeout', names(done), names(pending))
    ts[1].cancel()
    done, pending = await asyncio.wait(ts)
    print('after cancel', names(done), names(pending), ts[1].cancelled())
    ts = [asyncio.create_task(job('z', 0), name='z')]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print('no exception', names(done), names(pending))
    for bad in (ts[0], job('q', 0)):
        try:
            await asyncio.wait(bad)
        except TypeError as e:
            print('TypeError', e)
        if hasattr(bad, 'close'):
            bad.close()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print('ValueError', e)
    try:
        await asyncio.wait(ts, return_when='SOMETIMES')
    except ValueError as e:
        print('ValueError', e)
    c = job('w', 0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print('TypeError', e)
    c.close()
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, 9)
    done, pending = await asyncio.wait({fut})
    print(len(done), fut.result())

asyncio.run(main())
