import asyncio

async def child(tag, d):
    try:
        await asyncio.sleep(d)
        print(tag, 'done')
    except asyncio.CancelledError:
        print(tag, 'cancelled')
        raise

async def group_body():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child('only', 10))
        await asyncio.sleep(10)

async def main():
    # cancelling the parent cancels the children and propagates
    t = asyncio.create_task(group_body())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('parent cancelled', t.cancelling())
    # a child's error while the body waits
    async def failing():
        await asyncio.sleep(0)
        raise ZeroDivisionError('child')
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            await asyncio.sleep(5)
            print('not reached')
    except* ZeroDivisionError as eg:
        print('zde', len(eg.exceptions), asyncio.current_task().cancelling())
    # base exceptions propagate bare
    async def exits():
        raise SystemExit(3)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(exits())
            await asyncio.sleep(1)
    except SystemExit as e:
        print('SystemExit', e.code)
    # timeout around a group
    try:
        async with asyncio.timeout(0.01):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child('slow', 1))
    except TimeoutError:
        print('group timed out')
    # children that all finish cleanly and spawn more
    async def spawner(tg, n):
        if n:
            tg.create_task(spawner(tg, n - 1))
        print('spawn', n)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg, 3))
    print('spawned all')
    # nested groups: the inner failure surfaces as a nested group
    try:
        async with asyncio.TaskGroup() as outer:
            async def inner_group():
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(failing())
            outer.create_task(inner_group())
    except ExceptionGroup as eg:
        print(repr(eg))

asyncio.run(main())
