# The C Future (asyncio.Future, _asyncio.Future) and the Python one
# (asyncio.futures._PyFuture) behave the same: states, results, callbacks,
# errors and their messages, reprs, the "never retrieved" report.
import asyncio
import gc
import sys
from asyncio import futures


def show(label, fn):
    try:
        print(label, repr(fn()))
    except BaseException as exc:
        print(label, 'raises', type(exc).__name__, exc.args)


def exercise(cls, loop):
    name = cls.__name__
    print('---', name, cls.__module__, issubclass(cls, futures.Future), cls is asyncio.Future)
    f = cls(loop=loop)
    print(repr(f), f.done(), f.cancelled(), f._state, f._callbacks, f.get_loop() is loop)
    show('result pending', f.result)
    show('exception pending', f.exception)
    f.add_done_callback(print)
    f.add_done_callback(str)
    f.add_done_callback(print)
    print(repr(f))
    print('removed', f.remove_done_callback(print), len(f._callbacks))
    print('removed again', f.remove_done_callback(print))
    f.set_result([1, 2])
    print(repr(f), f._result, f._callbacks)
    show('set again', lambda: f.set_result(3))
    show('set exc after', lambda: f.set_exception(ValueError))
    show('cancel done', f.cancel)
    print('result', f.result(), f.exception())

    g = cls(loop=loop)
    show('bad exception', lambda: g.set_exception(3))
    show('class not exception', lambda: g.set_exception(int))
    g.set_exception(StopIteration(5))
    exc = g.exception()
    print(type(exc).__name__, exc, type(exc.__cause__).__name__, exc.__context__ is exc.__cause__)

    h = cls(loop=loop)
    h.set_exception(KeyError)
    print(repr(h), h._log_traceback)
    show('log tb True', lambda: setattr(h, '_log_traceback', True))
    h._log_traceback = False
    print(h._log_traceback)

    c = cls(loop=loop)
    print('cancel', c.cancel('stop here'), c.cancelled(), repr(c), c._cancel_message)
    show('cancelled result', c.result)
    show('cancelled exception', c.exception)
    c2 = cls(loop=loop)
    c2.cancel()
    show('no msg', c2.result)
    print(cls[int], f._asyncio_future_blocking, futures.isfuture(f), futures.isfuture(cls))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda lp, ctx: print('handler:', ctx['message'], repr(ctx['exception'])))
    for cls in (asyncio.Future, futures._PyFuture):
        exercise(cls, loop)
        await asyncio.sleep(0)
        fut = cls()
        print('default loop', fut.get_loop() is loop)
        loop.call_soon(fut.set_result, 'later')
        print('awaited', await fut)
        bad = cls()
        loop.call_soon(bad.set_exception, ZeroDivisionError('nope'))
        try:
            await bad
        except ZeroDivisionError as exc:
            print('raised', repr(exc))
        lost = cls()
        lost.set_exception(RuntimeError('lost'))
        del lost
        gc.collect()
        await asyncio.sleep(0)
        it = cls().__await__()
        print(type(it).__name__ in ('FutureIter', 'generator'), next(it) is not None)
    loop.set_exception_handler(None)
    for cls in (asyncio.Future, futures._PyFuture):
        lost = cls()
        lost.set_exception(OSError('gone'))
        del lost
        gc.collect()


asyncio.run(main())
print(sys.modules['_asyncio'].Future is asyncio.Future)
