from collections.abc import Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator


class A:
    def __await__(self):
        return iter(())


class AI:
    def __aiter__(self):
        return self


class AIN(AI):
    async def __anext__(self):
        raise StopAsyncIteration


async def coro():
    return 1


async def agen():
    yield 1


c = coro()
g = agen()
for obj in (A(), AI(), AIN(), c, g, 5):
    print(type(obj).__name__, [k.__name__ for k in (Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator)
                               if isinstance(obj, k)])
c.close()
print(Awaitable.__subclasshook__(A), AsyncIterator.__subclasshook__(AI), sorted(AsyncGenerator.__abstractmethods__))
print(AsyncIterator.__aiter__(AIN()).__class__.__name__)
