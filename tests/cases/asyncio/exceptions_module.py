import asyncio

e = asyncio.IncompleteReadError(b'abc', 10)
print(repr(e), str(e), e.partial, e.expected)
e2 = asyncio.IncompleteReadError(b'', None)
print(str(e2))
print(e.__reduce__())
l = asyncio.LimitOverrunError('too long', 7)
print(repr(l), l.consumed, l.__reduce__())
for cls in (asyncio.CancelledError, asyncio.InvalidStateError, asyncio.TimeoutError,
            asyncio.IncompleteReadError, asyncio.LimitOverrunError,
            asyncio.SendfileNotAvailableError, asyncio.BrokenBarrierError,
            asyncio.QueueEmpty, asyncio.QueueFull, asyncio.QueueShutDown):
    print(cls.__module__, cls.__qualname__, [b.__name__ for b in cls.__mro__[1:]])
print(asyncio.exceptions.TimeoutError is TimeoutError)
print(issubclass(asyncio.CancelledError, Exception))
try:
    raise asyncio.CancelledError('m')
except BaseException as ex:
    print(repr(ex))
