import asyncio

async def slow(tag, d):
    try:
        await asyncio.sleep(d)
        return tag
    except asyncio.CancelledError:
        print(tag, 'cancelled')
        raise

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('stubborn ignores cancel')
    return 'stubborn result'

async def main():
    print(await asyncio.wait_for(slow('fast', 0), 1))
    print(await asyncio.wait_for(slow('none', 0), None))
    try:
        await asyncio.wait_for(slow('late', 10), 0.01)
    except TimeoutError as e:
        print('TimeoutError', repr(e), type(e.__cause__).__name__, type(e.__context__).__name__)
    try:
        await asyncio.wait_for(slow('zero', 10), 0)
    except TimeoutError as e:
        print('TimeoutError zero', repr(e.__cause__))
    try:
        await asyncio.wait_for(slow('neg', 10), -1)
    except asyncio.TimeoutError as e:
        print('TimeoutError neg')
    print(await asyncio.wait_for(stubborn(), 0.01))
    try:
        print(await asyncio.wait_for(stubborn(), 0))
    except TimeoutError:
        print('cancelled before it started')
    fut = asyncio.get_running_loop().create_future()
    fut.set_result('ready')
    print(await asyncio.wait_for(fut, 0))
    # wait_for itself cancelled from outside
    t = asyncio.create_task(asyncio.wait_for(slow('inner', 10), 5))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel('outside')
    try:
        await t
    except asyncio.CancelledError as e:
        print('outer cancelled', e.args)
    async def raiser():
        await asyncio.sleep(0)
        raise KeyError('k')
    try:
        await asyncio.wait_for(raiser(), 1)
    except KeyError as e:
        print('KeyError', e)
    print(asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
