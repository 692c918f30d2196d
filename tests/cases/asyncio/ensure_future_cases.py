import asyncio

class Aw:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return self.v

async def coro(v):
    return v

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(coro(1))
    print(type(t).__name__, t.get_name(), await t)
    t = asyncio.ensure_future(Aw(2))
    print(type(t).__name__, t.get_coro().__qualname__, await t)
    f = loop.create_future()
    print(asyncio.ensure_future(f, loop=loop) is f)
    f.cancel()
    t = asyncio.ensure_future(coro(3), loop=loop)
    print(await t)
    t = loop.create_task(coro(4), name='named')
    print(t.get_name(), await t)
    print(await asyncio.gather(Aw(5), coro(6)))
    try:
        asyncio.ensure_future(print)
    except TypeError as e:
        print('TypeError', e)

asyncio.run(main())
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
t = asyncio.ensure_future(coro(7))
print(loop.run_until_complete(t))
asyncio.set_event_loop(None)
c = coro(8)
try:
    asyncio.ensure_future(c)
except RuntimeError as e:
    print('RuntimeError', e)
loop.close()
c2 = coro(9)
try:
    asyncio.ensure_future(c2, loop=loop)
except RuntimeError as e:
    print('RuntimeError', e)
print(c2.cr_frame is None)
