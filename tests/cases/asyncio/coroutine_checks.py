import asyncio
import inspect
import types
import warnings

async def native():
    pass

@types.coroutine
def gen_based():
    yield

def plain():
    pass

class Awaitable:
    def __await__(self):
        return iter(())

c = native()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(gen_based()), asyncio.iscoroutine(plain),
      asyncio.iscoroutine(Awaitable()), asyncio.iscoroutine(1))
c.close()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(asyncio.iscoroutinefunction(native), asyncio.iscoroutinefunction(plain),
          asyncio.iscoroutinefunction(gen_based))
    for x in w:
        print(x.category.__name__, x.message)
print(asyncio.isfuture(asyncio.Future), asyncio.isfuture(1))
loop = asyncio.new_event_loop()
f = loop.create_future()
print(asyncio.isfuture(f), isinstance(f, asyncio.Future))
class Duck:
    _asyncio_future_blocking = False
print(asyncio.isfuture(Duck()))
Duck._asyncio_future_blocking = None
print(asyncio.isfuture(Duck()))
print(asyncio.Future[int], asyncio.Task[str])
print(loop.run_until_complete(Awaitable().__await__() and native()))
class CoroLike:
    def send(self, v): raise StopIteration(v)
    def throw(self, *a): pass
    def close(self): pass
    def __await__(self): return self
import collections.abc
collections.abc.Coroutine.register(CoroLike)
print(asyncio.iscoroutine(CoroLike()))
loop.close()
