"""Futures: calls run by executors, their outcomes awaited later."""

# cipy runs one thread per interpreter and has no multiprocessing or
# subinterpreters, so this package offers the futures, wait(), as_completed(),
# the Executor base class and ThreadPoolExecutor (whose submit() fails as
# Thread.start() does); ProcessPoolExecutor and InterpreterPoolExecutor are
# absent.

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                                      CancelledError, TimeoutError, InvalidStateError,
                                      BrokenExecutor, Future, Executor, wait, as_completed)

__all__ = ['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'InvalidStateError', 'BrokenExecutor', 'Future', 'Executor',
           'wait', 'as_completed', 'ThreadPoolExecutor']


def __dir__():
    return __all__ + ['__doc__']


def __getattr__(name):
    # The thread module is imported on first use, as CPython defers it.
    if name == 'ThreadPoolExecutor':
        from .thread import ThreadPoolExecutor
        globals()[name] = ThreadPoolExecutor
        return ThreadPoolExecutor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
