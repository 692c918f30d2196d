import asyncio

async def sleeper():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print('sleep interrupted', e.args)
        raise

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print('timers before', len(loop._scheduled))
    loop.call_later(0.01, t.cancel, 'timer says stop')
    try:
        await t
    except asyncio.CancelledError as e:
        print('main', e.args)
    await asyncio.sleep(0)
    print('sleep timer cancelled too:', all(h.cancelled() for h in loop._scheduled))

asyncio.run(main())
