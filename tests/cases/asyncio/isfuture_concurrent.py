import asyncio
import concurrent.futures as cf

c = cf.Future()
print(asyncio.isfuture(c), asyncio.isfuture(cf.Future), hasattr(c, '_asyncio_future_blocking'))


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.wrap_future(c)
    print(asyncio.isfuture(a), isinstance(a, asyncio.Future), isinstance(a, cf.Future))
    for call in (lambda: asyncio.ensure_future(c), lambda: asyncio.gather(c),
                 lambda: asyncio.shield(c)):
        try:
            call()
        except TypeError as e:
            print('TypeError', e)
    try:
        await c
    except TypeError as e:
        print('TypeError', e)
    c.set_result('now')
    print(await a, await asyncio.gather(a, asyncio.wrap_future(c)))
    print(cf.wait([c]).done == {c})
    # asyncio's own futures are no concurrent ones
    f = loop.create_future()
    f.set_result(1)
    try:
        cf.wait([f], timeout=0)
    except AttributeError as e:
        print('AttributeError', e)


asyncio.run(main())
print(asyncio.CancelledError is cf.CancelledError, asyncio.TimeoutError is cf.TimeoutError)
