import asyncio

async def main():
    t = asyncio.timeout(None)
    print(repr(t), t.when(), t.expired())
    async with t:
        print(repr(t))
    print(repr(t))
    t2 = asyncio.timeout(0.001)
    try:
        async with t2:
            await asyncio.sleep(1)
    except TimeoutError:
        print(repr(t2), t2.expired())
    try:
        async with t2:
            pass
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        t2.reschedule(None)
    except RuntimeError as e:
        print('RuntimeError', e)
    print(type(t2).__name__, asyncio.Timeout.__module__)

asyncio.run(main())
