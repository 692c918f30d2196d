import asyncio

async def waiter(ev, tag):
    print(tag, 'waiting')
    print(tag, 'woke', await ev.wait())

def show(x):
    print(repr(x).split(' object at ')[0], repr(x).split('[')[-1])

async def main():
    ev = asyncio.Event()
    show(ev)
    ts = [asyncio.create_task(waiter(ev, t)) for t in 'abc']
    await asyncio.sleep(0)
    show(ev)
    ev.set()
    show(ev)
    ev.set()
    await asyncio.gather(*ts)
    print(ev.is_set(), await ev.wait())
    ev.clear()
    print(ev.is_set())
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    show(ev)
    t = asyncio.create_task(waiter(ev, 'late'))
    asyncio.get_running_loop().call_later(0.01, ev.set)
    await t

asyncio.run(main())
