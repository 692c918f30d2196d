import asyncio

def show(x):
    print(repr(x).split(' object at ')[0], repr(x).split('[')[-1])

async def party(b, tag):
    print(tag, 'arrives')
    i = await b.wait()
    print(tag, 'passes', i)
    return i

async def main():
    b = asyncio.Barrier(3)
    show(b)
    print(b.parties, b.n_waiting, b.broken)
    ts = [asyncio.create_task(party(b, t)) for t in 'abc']
    await asyncio.sleep(0)
    show(b)
    print(await asyncio.gather(*ts))
    show(b)
    async with b if False else asyncio.Barrier(1) as idx:
        print('single party index', idx)
    t = asyncio.create_task(party(b, 'lonely'))
    await asyncio.sleep(0)
    await b.reset()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError', e)
    show(b)
    t = asyncio.create_task(party(b, 'aborted'))
    await asyncio.sleep(0)
    await b.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError', e)
    show(b)
    print(b.broken)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError', e)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError', e)
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))

asyncio.run(main())
