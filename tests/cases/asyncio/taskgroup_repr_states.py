import asyncio

async def child(d):
    await asyncio.sleep(d)

async def boom():
    raise RuntimeError('boom')

async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        print(repr(tg))
        tg.create_task(child(0))
        tg.create_task(child(0.01))
        print(repr(tg))
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        print(repr(tg))
    print(repr(tg))
    tg = asyncio.TaskGroup()
    try:
        async with tg:
            tg.create_task(child(1))
            tg.create_task(boom())
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            print(repr(tg))
            try:
                tg.create_task(child(0))
            except RuntimeError as e:
                print('RuntimeError', str(e).split(' <')[0])
    except ExceptionGroup:
        print(repr(tg))
    try:
        tg.create_task(child(0))
    except RuntimeError as e:
        print('RuntimeError', str(e))

asyncio.run(main())
