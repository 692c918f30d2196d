import asyncio
import sys

def where(x):
    return repr(x).replace(__file__, 'FILE')

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_debug())
    fut = loop.create_future()
    h = loop.call_soon(print, 'arg', 2)
    print(where(h))
    h.cancel()
    print(where(h))
    t = loop.call_later(100, print, 'later')
    print(where(t).split(' when=')[0], where(t).split(' print(')[1])
    t.cancel()
    fut.cancel()
    def handler(loop, ctx):
        print('handler keys', sorted(ctx))
    loop.set_exception_handler(handler)
    def bad():
        raise ValueError('x')
    loop.call_soon(bad)
    await asyncio.sleep(0)
    try:
        loop.call_soon(5)
    except TypeError as e:
        print('TypeError', e)
    async def c():
        pass
    try:
        loop.call_soon(c)
    except TypeError as e:
        print('TypeError', e)
    coro = c()
    try:
        loop.call_later(1, coro)
    except TypeError as e:
        print('TypeError', e)
    coro.close()
    print(sys.get_coroutine_origin_tracking_depth())

asyncio.run(main(), debug=True)
print(sys.get_coroutine_origin_tracking_depth())
