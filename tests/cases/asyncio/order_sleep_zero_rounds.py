import asyncio

async def runner(tag, n, log):
    for i in range(n):
        log.append(f'{tag}{i}')
        await asyncio.sleep(0)

async def main():
    log = []
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(runner(t, n, log)) for t, n in zip('abcd', (4, 1, 3, 2))]
    loop.call_soon(log.append, 'cb1')
    await asyncio.sleep(0)
    log.append('main1')
    loop.call_soon(log.append, 'cb2')
    await asyncio.gather(*tasks)
    log.append('main2')
    print(' '.join(log))

asyncio.run(main())
