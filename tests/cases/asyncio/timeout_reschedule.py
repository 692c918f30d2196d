import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(10) as cm:
        w = cm.when()
        print(w > loop.time())
        cm.reschedule(loop.time() + 20)
        print(cm.when() > w)
        cm.reschedule(None)
        print(cm.when())
        await asyncio.sleep(0.01)
    print(cm.expired(), repr(cm))
    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print('moved earlier and fired', cm.expired())
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() - 1)
            await asyncio.sleep(1)
    except TimeoutError:
        print('set in the past: fires on the next pass')
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        async with asyncio.timeout_at(loop.time() + 0.01) as cm:
            await asyncio.sleep(0)
    except TimeoutError:
        print('wrong')
    print(repr(cm), cm.expired())
    try:
        async with asyncio.timeout(0):
            print('body runs before the timeout fires')
            await asyncio.sleep(0)
    except TimeoutError:
        print('timeout(0) fired')
    async def no_task():
        pass
    t = asyncio.timeout(1)
    async def enter_outside():
        return await t.__aenter__()
    print(repr(t))

asyncio.run(main())
def drive():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    t = asyncio.timeout_at(None)
    coro = t.__aenter__()
    try:
        coro.send(None)
    except RuntimeError as e:
        print('RuntimeError', e)
    asyncio.set_event_loop(None)
    loop.close()
drive()
