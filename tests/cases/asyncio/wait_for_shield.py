import asyncio

async def work():
    try:
        await asyncio.sleep(0.02)
        print('work finished')
        return 'w'
    except asyncio.CancelledError:
        print('work cancelled (wrong)')
        raise

async def main():
    t = asyncio.create_task(work())
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.005)
    except TimeoutError:
        print('timed out; work still running:', not t.done())
    print(await t)
    t = asyncio.create_task(work())
    try:
        async with asyncio.timeout(0.005):
            await asyncio.shield(t)
    except TimeoutError:
        print('timeout block left; work running:', not t.done())
    print(await t)

asyncio.run(main())
