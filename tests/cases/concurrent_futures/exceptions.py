import asyncio
import concurrent.futures as cf
from concurrent.futures import _base, thread

for cls in (cf.CancelledError, cf.InvalidStateError, cf.BrokenExecutor,
            thread.BrokenThreadPool, _base.Error):
    print(cls.__module__, cls.__qualname__, [c.__name__ for c in cls.__mro__])
    print('  doc:', bool(cls.__doc__))
print(cf.TimeoutError is TimeoutError, _base.TimeoutError is TimeoutError)
print(cf.CancelledError is asyncio.CancelledError,
      issubclass(asyncio.CancelledError, cf.CancelledError))
print(cf.InvalidStateError is asyncio.InvalidStateError)
print(repr(cf.BrokenExecutor('x')), str(thread.BrokenThreadPool('y', 'z')))
try:
    raise cf.CancelledError('why')
except cf.CancelledError as e:
    print(repr(e))
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(_base.PENDING, _base.RUNNING, _base.CANCELLED, _base.CANCELLED_AND_NOTIFIED,
      _base.FINISHED)
print(sorted(_base._STATE_TO_DESCRIPTION_MAP.items()))
print(_base.LOGGER.name, _base.DoneAndNotDoneFutures._fields)
