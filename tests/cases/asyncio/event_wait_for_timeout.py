import asyncio

async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        print('event not set in time', repr(ev).split('[')[1])
    asyncio.get_running_loop().call_later(0.005, ev.set)
    print(await asyncio.wait_for(ev.wait(), 1))
    lock = asyncio.Lock()
    await lock.acquire()
    try:
        async with asyncio.timeout(0.01):
            await lock.acquire()
    except TimeoutError:
        print('lock not acquired', repr(lock).split('[')[1])
    lock.release()
    print(lock.locked())

asyncio.run(main())
