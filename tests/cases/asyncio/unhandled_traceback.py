# The full "never retrieved" report: message, future repr and the traceback
# of the coroutines' frames only.
import asyncio
import gc

async def deepest(x):
    return 1 / x

async def middle(x):
    return await deepest(x)

async def top():
    await asyncio.sleep(0)
    return await middle(0)

async def main():
    t = asyncio.create_task(top(), name='faulty')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('task done:', t.done())
    del t
    gc.collect()
    print('reported above')
    async def chained():
        try:
            raise KeyError('first')
        except KeyError as e:
            raise ValueError('second') from e
    t = asyncio.create_task(chained())
    await asyncio.sleep(0)
    del t

asyncio.run(main())
