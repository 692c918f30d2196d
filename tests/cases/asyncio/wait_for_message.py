import asyncio

async def slow():
    await asyncio.sleep(1)

async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except TimeoutError as e:
        c = e.__cause__
        print(type(e).__name__, e.args, type(c).__name__, c.args)
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError:
        print('task cancelled by wait_for:', t.cancelled())
    f = asyncio.get_running_loop().create_future()
    try:
        await asyncio.wait_for(f, 0.01)
    except TimeoutError:
        print('future cancelled by wait_for:', f.cancelled())

asyncio.run(main())
