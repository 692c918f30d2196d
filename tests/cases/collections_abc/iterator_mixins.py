from collections.abc import Iterator, Generator, Coroutine, AsyncGenerator, AsyncIterator


class Count(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


c = Count(3)
print(iter(c) is c, list(c))


class Gen(Generator):
    def __init__(self):
        self.sent = []

    def send(self, v):
        self.sent.append(v)
        if len(self.sent) > 3:
            raise StopIteration
        return len(self.sent)

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


g = Gen()
print(next(g), g.send('x'), list(g), g.sent)
g.close()
for args in ((ValueError,), (ValueError, ValueError('v')), (ValueError, None, None)):
    try:
        Gen().throw(*args)
    except ValueError as e:
        print('ValueError', repr(e))


class Stubborn(Gen):
    def throw(self, typ, val=None, tb=None):
        return 1


try:
    Stubborn().close()
except RuntimeError as e:
    print('RuntimeError', e)


class Co(Coroutine):
    def __await__(self):
        yield

    def send(self, v):
        raise StopIteration(v)

    def throw(self, typ, val=None, tb=None):
        return 1


try:
    Co().close()
except RuntimeError as e:
    print('RuntimeError', e)


class AG(AsyncGenerator):
    def __init__(self):
        self.n = 2

    async def asend(self, v):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

    async def athrow(self, typ, val=None, tb=None):
        return await super().athrow(typ, val, tb)


async def main():
    out = []
    async for x in AG():
        out.append(x)
    ag = AG()
    await ag.aclose()
    return out


coro = main()
try:
    coro.send(None)
except StopIteration as e:
    print('result', e.value)
print(AsyncIterator.__aiter__(AG()).__class__.__name__)
