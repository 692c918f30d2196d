import asyncio

async def level3():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print('level3 cancelled', e.args)
        raise
    finally:
        print('level3 finally')

async def level2():
    try:
        await level3()
    finally:
        print('level2 finally')

async def level1():
    t = asyncio.create_task(level2())
    try:
        await t
    except asyncio.CancelledError as e:
        print('level1 sees', e.args, 'child cancelled:', t.cancelled())
        raise

async def main():
    t = asyncio.create_task(level1())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel('top')
    try:
        await t
    except asyncio.CancelledError as e:
        print('main sees', e.args, t.cancelled())
    # cancel during a finally that awaits
    async def cleanup_awaits():
        try:
            await asyncio.sleep(10)
        finally:
            print('cleanup starts')
            await asyncio.sleep(0)
            print('cleanup ends')
    t = asyncio.create_task(cleanup_awaits())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print('first cancel delivered; done?', t.done())
    t.cancel('again')
    try:
        await t
    except asyncio.CancelledError as e:
        print('cleanup interrupted', e.args)
    # cancelling a task that waits on a plain future cancels the future
    fut = asyncio.get_running_loop().create_future()
    async def on_future():
        await fut
    t = asyncio.create_task(on_future())
    await asyncio.sleep(0)
    t.cancel('f')
    await asyncio.sleep(0)
    print('future cancelled', fut.cancelled(), repr(fut))
    try:
        await t
    except asyncio.CancelledError as e:
        print('task', e.args)

asyncio.run(main())
