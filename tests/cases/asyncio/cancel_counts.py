import asyncio

async def main():
    me = asyncio.current_task()
    print(me.cancelling(), me.uncancel(), me.cancelling())
    async def target():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            t = asyncio.current_task()
            print('inside', t.cancelling())
            print('uncancel ->', t.uncancel())
            await asyncio.sleep(0)
            print('survived the cancel')
            return 'result'
    t = asyncio.create_task(target())
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel(), t.cancel(), t.cancelling())
    print(repr(t).split(' coro=')[0])
    print(await t, t.cancelling())
    t = asyncio.create_task(target())
    t.cancel()
    print(t.uncancel(), t.uncancel(), t.cancelling())
    await asyncio.sleep(0)
    t.cancel()
    print(await t)
    t2 = asyncio.create_task(asyncio.sleep(0))
    await t2
    print(t2.cancel(), t2.cancelling())

asyncio.run(main())
