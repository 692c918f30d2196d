import asyncio
l = asyncio.new_event_loop()
f = l.create_future()
print(repr(f).replace(__file__, 'FILE'))
for m in ('result','exception'):
    try: getattr(f,m)()
    except BaseException as e: print(type(e), e)
f.set_result(1); print(repr(f).replace(__file__, 'FILE'))
try: f.set_result(2)
except BaseException as e: print(type(e), e)
try: f.set_exception(ValueError())
except BaseException as e: print(type(e), e)
f = l.create_future()
try: f.set_exception(StopIteration())
except BaseException as e: print(type(e), e)
f = l.create_future()
try: f.set_exception(1)
except BaseException as e: print(type(e), e)
f = l.create_future()
f.set_exception(ValueError); print(repr(f).replace(__file__, 'FILE')); print(repr(f.exception()))
f = l.create_future(); f.add_done_callback(print); print(repr(f).replace(__file__, 'FILE'))
print(f.cancel('boo'), repr(f))
try: f.result()
except BaseException as e: print(type(e), repr(e), e.args)
try: f.exception()
except BaseException as e: print(type(e), repr(e))
print(f.remove_done_callback(print))
print(f.get_loop() is l, f._state, f._asyncio_future_blocking)
f = asyncio.Future(loop=l); f.set_result([1]*30); print(repr(f).replace(__file__, 'FILE')); print(f._callbacks, f._result)
f = asyncio.Future(loop=l); 
try: await_ = f.__await__(); next(await_); print('y', f._asyncio_future_blocking)
except BaseException as e: print(type(e), e)
try: f._asyncio_future_blocking = False
except BaseException as e: print(type(e), e)
try: f._asyncio_future_blocking = True
except BaseException as e: print(type(e), e)
try: asyncio.Future()
except BaseException as e: print(type(e), e)
try: f._asyncio_future_blocking = 1
except BaseException as e: print(type(e), e)
print(f.done(), f.cancelled())
print(asyncio.Future.__module__, asyncio.Task.__module__, asyncio.Handle.__module__)
print(asyncio.isfuture(f), asyncio.isfuture(1))
def cb(x): pass
f.add_done_callback(cb); f.add_done_callback(lambda x: 1); print(repr(f).replace(__file__, 'FILE'))
class C:
    def __call__(self, f): pass
f.add_done_callback(C()); print(repr(f).replace(__file__, 'FILE').split(" object at")[0]); f.add_done_callback(print); print(repr(f).replace(__file__, 'FILE'))
import functools
f = l.create_future(); f.add_done_callback(functools.partial(cb, 1)); print(repr(f).replace(__file__, 'FILE'))
