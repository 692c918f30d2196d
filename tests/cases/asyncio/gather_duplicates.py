import asyncio

async def once(log):
    log.append('ran')
    await asyncio.sleep(0)
    return len(log)

async def main():
    log = []
    c = once(log)
    print(await asyncio.gather(c, c, c), log)
    t = asyncio.create_task(once(log))
    print(await asyncio.gather(t, t), log)
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    g = asyncio.gather(f, f)
    loop.call_soon(f.set_result, 'same')
    print(await g)

asyncio.run(main())
