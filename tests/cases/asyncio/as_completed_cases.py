import asyncio

async def job(tag, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(tag)
    return tag

async def main():
    aws = [job('slow', 0.03), job('fast', 0.01), job('mid', 0.02)]
    for fut in asyncio.as_completed(aws):
        print('sync iter', await fut)
    tasks = [asyncio.create_task(job(t, d)) for t, d in [('x', 0.02), ('y', 0.01)]]
    async for t in asyncio.as_completed(tasks):
        print('async iter', t in tasks, t.result())
    it = asyncio.as_completed([job('t', 1)], timeout=0.01)
    for fut in it:
        try:
            await fut
        except TimeoutError:
            print('TimeoutError from as_completed')
    try:
        async for t in asyncio.as_completed([job('u', 1)], timeout=0.01):
            pass
    except TimeoutError:
        print('TimeoutError from async as_completed')
    for fut in asyncio.as_completed([job('bad', 0, True)]):
        try:
            await fut
        except ValueError as e:
            print('ValueError', e)
    print(list(asyncio.as_completed([])))
    for bad in (tasks[0], job('c', 0)):
        try:
            asyncio.as_completed(bad)
        except TypeError as e:
            print('TypeError', e)
        if hasattr(bad, 'close'):
            bad.close()
    it = asyncio.as_completed(tasks)
    print(iter(it) is it, it.__aiter__() is it)
    for c in it:
        c.close()
    await asyncio.sleep(0.02)

asyncio.run(main())
