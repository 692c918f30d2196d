import asyncio

async def never_starts():
    print('this line never runs')

async def main():
    t = asyncio.create_task(never_starts())
    print(t.cancel('early'), repr(t).split(' coro=')[0])
    await asyncio.sleep(0)
    print(t.cancelled(), t.get_coro().cr_frame is None)
    try:
        await t
    except asyncio.CancelledError as e:
        print(e.args)

asyncio.run(main())
