import asyncio

loop = asyncio.new_event_loop()
class MyFuture(asyncio.Future):
    pass

def attempt(label, fn, *args):
    try:
        r = fn(*args)
        print(label, '->', repr(r))
    except BaseException as e:
        print(label, '!', type(e).__name__, e.args)

f = MyFuture(loop=loop)
print(repr(f), f.done(), f.cancelled(), f._state)
attempt('result', f.result)
attempt('exception', f.exception)
attempt('set_exception class', f.set_exception, KeyError)
print(repr(f))
attempt('exception', f.exception)
attempt('result', f.result)
attempt('cancel done', f.cancel)
f = MyFuture(loop=loop)
attempt('set_exception StopIteration', f.set_exception, StopIteration(3))
e = f.exception()
print(type(e).__name__, e, repr(e.__cause__), e.__cause__ is e.__context__)
f = MyFuture(loop=loop)
class MyStop(StopIteration):
    pass
attempt('set_exception StopIteration subclass', f.set_exception, MyStop())
print(repr(f.exception()))
f = MyFuture(loop=loop)
attempt('set_exception instance of non-exception class', f.set_exception, int)
attempt('set_exception str', f.set_exception, 'boom')
print(f.done())
f.set_result(None)
print(repr(f))
f = loop.create_future()
print(f.cancel(), f.cancel(), f.cancelled(), f._state)
attempt('result', f.result)
attempt('set_result', f.set_result, 1)
attempt('set_exception', f.set_exception, ValueError())
f = loop.create_future()
f.cancel(msg='with message')
attempt('result', f.result)
attempt('exception', f.exception)
print(f._cancel_message)
f = loop.create_future()
f.set_result({'a': [1, 2, 3]})
print(repr(f), f.result() is f.result())
f = loop.create_future()
f.set_result('x' * 100)
print(repr(f))
try:
    f._log_traceback = True
except ValueError as e:
    print('ValueError', e)
f._log_traceback = False
print(f._log_traceback)
g = loop.create_future()
g.set_exception(OSError(2, 'gone'))
print(g._log_traceback)
g.exception()
print(g._log_traceback)
print(f.get_loop() is loop)
async def await_done():
    return await f
print(loop.run_until_complete(await_done())[:5])
it = loop.create_future().__await__()
print(next(it)._asyncio_future_blocking)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
loop.close()
