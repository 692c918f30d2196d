import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_later(0, log.append, 'later0')
    loop.call_soon(log.append, 'soon')
    loop.call_at(loop.time() - 1, log.append, 'past')
    async def t():
        log.append('task')
    asyncio.create_task(t())
    await asyncio.sleep(0)
    log.append('main after 1')
    await asyncio.sleep(0)
    log.append('main after 2')
    await asyncio.sleep(0.001)
    print(log)

asyncio.run(main())
