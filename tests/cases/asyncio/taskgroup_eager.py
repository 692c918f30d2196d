import asyncio

async def quick(tag):
    print('quick', tag)
    return tag

async def quick_fail():
    raise ValueError('eager fail')

async def slow(tag):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('slow cancelled', tag)
        raise

async def main():
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(quick('a'))
        print('after create', t.done())
    print(t.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow('s'))
            tg.create_task(quick_fail())
            print('body continues after eager failure')
            await asyncio.sleep(0)
            print('not reached')
    except* ValueError as eg:
        print('caught', eg.exceptions)

asyncio.run(main())
