import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.01) as cm:
            print(repr(cm).split(' when=')[0], cm.expired())
            await asyncio.sleep(1)
    except TimeoutError as e:
        print('TimeoutError', type(e.__cause__).__name__, repr(cm), cm.expired())
    async with asyncio.timeout(None) as cm:
        print(repr(cm), cm.when())
        await asyncio.sleep(0)
    print(repr(cm), cm.expired())
    async with asyncio.timeout(10) as cm:
        cm.reschedule(None)
        print(repr(cm))
    print(repr(cm))
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print('RuntimeError', e)
    t = asyncio.Timeout(None)
    print(repr(t))
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        async with asyncio.timeout_at(loop.time() - 1) as cm:
            await asyncio.sleep(0)
            print('not reached')
    except TimeoutError:
        print('past deadline', repr(cm))
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        async with asyncio.timeout(0.01) as cm:
            try:
                await asyncio.sleep(1)
            finally:
                raise ValueError('in finally')
    except ValueError as e:
        print('ValueError', e, type(e.__context__).__name__, type(e.__context__.__context__).__name__)
    async with asyncio.timeout(0.01) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('swallowed inside')
    print('after swallow', repr(cm), asyncio.current_task().cancelling())
    # nested: the inner one fires
    try:
        async with asyncio.timeout(5):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner timeout')
            await asyncio.sleep(0)
            print('outer still fine')
    except TimeoutError:
        print('outer timeout (wrong)')
    # nested: the outer one fires
    try:
        async with asyncio.timeout(0.01):
            try:
                async with asyncio.timeout(5):
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner timeout (wrong)')
    except TimeoutError:
        print('outer timeout')
    # timeout while cancelled from outside: CancelledError wins
    async def victim():
        async with asyncio.timeout(0.01):
            asyncio.current_task().cancel()
            await asyncio.sleep(1)
    try:
        await asyncio.create_task(victim())
    except asyncio.CancelledError:
        print('cancel wins')
    print(asyncio.current_task().cancelling())

asyncio.run(main())
