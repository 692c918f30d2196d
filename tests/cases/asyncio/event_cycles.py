import asyncio

async def waiter(ev, tag, log):
    for round in range(3):
        await ev.wait()
        log.append((tag, round))
        await asyncio.sleep(0)

async def main():
    ev = asyncio.Event()
    log = []
    ts = [asyncio.create_task(waiter(ev, t, log)) for t in 'ab']
    for _ in range(3):
        await asyncio.sleep(0)
        ev.set()
        await asyncio.sleep(0)
        ev.clear()
        await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*ts)
    print(log)
    ev2 = asyncio.Event()
    w = asyncio.create_task(ev2.wait())
    await asyncio.sleep(0)
    ev2.set()
    ev2.clear()
    print(await w, ev2.is_set())

asyncio.run(main())
