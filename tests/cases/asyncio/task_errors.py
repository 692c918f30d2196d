import asyncio
import types

@types.coroutine
def bad_yield(value):
    yield value

async def yields(v):
    await bad_yield(v)

def gen():
    yield 1

async def main():
    loop = asyncio.get_running_loop()
    for v in (1, 'x', gen()):
        t = asyncio.create_task(yields(v))
        try:
            await t
        except RuntimeError as e:
            print('RuntimeError', str(e).replace(__file__, 'FILE').split(' at 0x')[0])
    fut = loop.create_future()
    fut._asyncio_future_blocking = False
    t = asyncio.create_task(yields(fut))
    try:
        await t
    except RuntimeError as e:
        print('RuntimeError', str(e).replace(__file__, 'FILE'))
    other = asyncio.new_event_loop()
    fut = other.create_future()
    try:
        await fut
    except RuntimeError as e:
        print('RuntimeError', str(e).replace(__file__, 'FILE').split(' coro=')[0])
    other.close()
    async def self_await():
        await asyncio.sleep(0)
        await me
    me = asyncio.create_task(self_await())
    try:
        await me
    except RuntimeError as e:
        print('RuntimeError', str(e).replace(__file__, 'FILE'))
    try:
        asyncio.Task(1, loop=loop)
    except TypeError as e:
        print('TypeError', e)
    try:
        asyncio.create_task(None)
    except TypeError as e:
        print('TypeError', e)
    c = yields(None)
    try:
        asyncio.ensure_future(c, loop=loop)._log_destroy_pending = False
    finally:
        pass
    try:
        asyncio.ensure_future(5)
    except TypeError as e:
        print('TypeError', e)
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    try:
        asyncio.ensure_future(f, loop=asyncio.new_event_loop())
    except ValueError as e:
        print('ValueError', e)
    await asyncio.sleep(0)

asyncio.run(main())
