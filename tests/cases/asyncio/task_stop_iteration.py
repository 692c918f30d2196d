import asyncio

async def stops():
    raise StopIteration('inside coroutine')

async def main():
    t = asyncio.create_task(stops())
    try:
        await t
    except RuntimeError as e:
        print('RuntimeError', e, repr(e.__cause__))
    f = asyncio.get_running_loop().create_future()
    f.set_exception(StopIteration('x'))
    try:
        await f
    except RuntimeError as e:
        print('RuntimeError', e)

asyncio.run(main())
