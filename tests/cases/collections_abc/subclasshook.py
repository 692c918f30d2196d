from collections.abc import (Hashable, Iterable, Iterator, Reversible, Sized, Container,
                             Collection, Callable, Awaitable, AsyncIterable, AsyncIterator,
                             Generator, Coroutine, AsyncGenerator, Buffer)


class OnlyIter:
    def __iter__(self):
        return iter(())


class IterAndNext(OnlyIter):
    def __next__(self):
        raise StopIteration


class NoHash:
    __hash__ = None


class Blocked(OnlyIter):
    __iter__ = None


class Sizeable:
    def __len__(self):
        return 0


class Full(Sizeable):
    def __iter__(self):
        return iter(())

    def __contains__(self, x):
        return False

    def __reversed__(self):
        return iter(())


class Call:
    def __call__(self):
        pass


class Aw:
    def __await__(self):
        yield


class AIt:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


class Gen(IterAndNext):
    def send(self, v):
        pass

    def throw(self, *a):
        pass

    def close(self):
        pass


class Buf:
    def __buffer__(self, flags):
        return memoryview(b'')


abcs = [Hashable, Iterable, Iterator, Reversible, Sized, Container, Collection, Callable,
        Awaitable, AsyncIterable, AsyncIterator, Generator, Coroutine, AsyncGenerator, Buffer]
for cls in [OnlyIter, IterAndNext, NoHash, Blocked, Sizeable, Full, Call, Aw, AIt, Gen, Buf]:
    print(cls.__name__, [a.__name__ for a in abcs if issubclass(cls, a)])


def g():
    yield 1


async def co():
    pass


async def ag():
    yield 1


coro = co()
print(isinstance(g(), Generator), isinstance(coro, Coroutine), isinstance(coro, Awaitable),
      isinstance(ag(), AsyncGenerator), isinstance(ag(), AsyncIterator))
coro.close()
print(Iterable.__subclasshook__(list), Iterator.__subclasshook__(list), Hashable.__subclasshook__(NoHash))
print(Sized.__subclasshook__(int), Collection.__subclasshook__(Full))
print(Iterator.__subclasshook__.__func__ is Iterator.__dict__['__subclasshook__'].__func__)
