import asyncio

async def waiter(cond, tag, log):
    async with cond:
        r = await cond.wait()
        log.append((tag, r))

async def main():
    cond = asyncio.Condition()
    log = []
    ts = [asyncio.create_task(waiter(cond, i, log)) for i in range(5)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    print(log)
    async with cond:
        cond.notify(10)
    await asyncio.gather(*ts)
    print(log)
    # wait_for with a changing predicate
    state = {'n': 0}
    async def bump():
        for _ in range(3):
            async with cond:
                state['n'] += 1
                cond.notify_all()
            await asyncio.sleep(0)
    async def watch():
        async with cond:
            v = await cond.wait_for(lambda: state['n'] >= 3 and state['n'])
            print('predicate true with', v)
    await asyncio.gather(watch(), bump())

asyncio.run(main())
