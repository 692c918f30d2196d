import asyncio
import concurrent.futures as cf

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)


def outcome(fut):
    if fut.cancelled():
        return 'cancelled'
    exc = fut.exception()
    return 'raised %r' % exc if exc else 'returned %r' % fut.result()


async def main():
    # a concurrent future that ends later
    c = cf.Future()
    a = asyncio.wrap_future(c)
    print(type(a).__name__, a.get_loop() is loop, a.done(), asyncio.isfuture(a))
    c.set_result('later')
    print('set; done yet?', a.done())
    print(await a)

    # one that has ended already
    c = cf.Future()
    c.set_exception(KeyError('k'))
    a = asyncio.wrap_future(c, loop=loop)
    print('ended before wrapping; done yet?', a.done())
    try:
        await a
    except KeyError as e:
        print('raised', repr(e), e is c.exception())

    # a cancelled one: the asyncio future is cancelled too
    c = cf.Future()
    a = asyncio.wrap_future(c)
    c.cancel()
    await asyncio.sleep(0)
    print('after cancel:', outcome(a))

    # cancelling the asyncio future cancels the concurrent one
    c = cf.Future()
    a = asyncio.wrap_future(c)
    a.cancel()
    print(c.cancelled(), c._state)
    c = cf.Future()
    c.set_running_or_notify_cancel()
    a = asyncio.wrap_future(c)
    a.cancel()
    print('running one:', c.cancelled(), c.running())
    c.set_result(5)                  # ignored: the asyncio side was cancelled
    await asyncio.sleep(0)
    print(outcome(a))

    # concurrent.futures exceptions become asyncio's
    for exc in (cf.CancelledError('cc'), cf.InvalidStateError('inv'), cf.TimeoutError('t')):
        c = cf.Future()
        c.set_exception(exc)
        try:
            await asyncio.wrap_future(c)
        except BaseException as e:
            print(type(e).__module__, type(e).__name__, e.args, e is exc)

    # an asyncio future comes back unchanged
    f = loop.create_future()
    print(asyncio.wrap_future(f) is f, asyncio.wrap_future(f, loop=None) is f)
    for bad in (5, None, object()):
        try:
            asyncio.wrap_future(bad)
        except AssertionError as e:
            print('AssertionError', str(e)[:46])


loop.run_until_complete(main())
loop.close()
print(asyncio.wrap_future.__module__, 'wrap_future' in asyncio.__all__,
      'wrap_future' in asyncio.futures.__all__)
