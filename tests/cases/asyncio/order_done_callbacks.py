import asyncio

async def job(tag, n):
    for i in range(n):
        print(tag, 'step', i)
        await asyncio.sleep(0)
    return tag

async def main():
    ts = [asyncio.create_task(job(t, n)) for t, n in [('a', 2), ('b', 1), ('c', 3)]]
    for t in ts:
        t.add_done_callback(lambda t: print('done callback', t.result()))
    await asyncio.sleep(0)
    for t in ts:
        t.add_done_callback(lambda t: print('late done callback', t.result()))
    await asyncio.wait(ts)
    print('wait returned')
    await asyncio.sleep(0)
    print('after extra yield')

asyncio.run(main())
