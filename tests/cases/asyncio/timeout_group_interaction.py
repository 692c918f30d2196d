import asyncio

async def child(tag, d):
    try:
        await asyncio.sleep(d)
        return tag
    except asyncio.CancelledError:
        print(tag, 'cancelled')
        raise

async def main():
    try:
        async with asyncio.timeout(0.01):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child('fast', 0))
                tg.create_task(child('slow', 1))
    except TimeoutError:
        print('TimeoutError around the group')
    async with asyncio.TaskGroup() as tg:
        async def with_timeout():
            try:
                async with asyncio.timeout(0.01):
                    await child('inner-slow', 1)
            except TimeoutError:
                return 'inner timed out'
        t = tg.create_task(with_timeout())
        u = tg.create_task(child('sibling', 0.02))
    print(t.result(), u.result())
    print(asyncio.current_task().cancelling())

asyncio.run(main())
