import asyncio

async def important(log):
    for i in range(3):
        await asyncio.sleep(0)
        log.append(i)
    return 'saved'

async def main():
    log = []
    inner = asyncio.ensure_future(important(log))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    print(outer.cancelled(), inner.cancelled(), log)
    print(await inner, log)
    outer2 = asyncio.shield(inner)
    print(outer2 is inner)

asyncio.run(main())
