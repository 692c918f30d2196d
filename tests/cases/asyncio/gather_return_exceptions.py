import asyncio

async def ok(v):
    await asyncio.sleep(0)
    return v

async def bad(e):
    await asyncio.sleep(0)
    raise e

async def main():
    r = await asyncio.gather(ok(1), bad(ValueError('a')), ok(2), bad(KeyError('b')), return_exceptions=True)
    print([repr(x) for x in r])
    r = await asyncio.gather(bad(SystemExit(1)), ok(3), return_exceptions=True)
    print([type(x).__name__ for x in r])
    try:
        await asyncio.gather(ok(4), bad(ZeroDivisionError('z')))
    except ZeroDivisionError as e:
        print('raised', repr(e))
    await asyncio.sleep(0)

asyncio.run(main())
