"""Future: a result that arrives later, with callbacks run by the loop."""

__all__ = ('Future', 'wrap_future', 'isfuture', 'future_add_to_awaited_by',
           'future_discard_from_awaited_by')

import concurrent.futures
import contextvars
import types

from . import _describe
from . import events
from .exceptions import CancelledError, InvalidStateError

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """Whether obj looks like an asyncio future (duck-typed, as asyncio does)."""
    return (hasattr(type(obj), '_asyncio_future_blocking')
            and obj._asyncio_future_blocking is not None)


class Future:
    """A result not known yet; awaiting it suspends until it is set."""

    _loop = _result = _exception = None
    _state = _PENDING
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False
    _awaiters = None            # the set of futures awaiting this one, once there was one
    __log_traceback = False

    _source_traceback = None

    def __init__(self, *, loop=None):
        if loop is None:
            loop = events.get_event_loop()
        self._loop = loop
        self._callbacks = []
        try:
            debug = loop._debug
        except AttributeError:
            debug = loop.get_debug()
        if debug:
            self._source_traceback = _describe.creation_stack()

    def __repr__(self):
        return f"<{type(self).__name__} {' '.join(_describe.future_info(self))}>"

    def __del__(self):
        if not self.__log_traceback:
            return
        report = dict(message=f'{type(self).__name__} exception was never retrieved',
                      exception=self._exception, future=self)
        if self._source_traceback:
            report['source_traceback'] = self._source_traceback
        self._loop.call_exception_handler(report)

    __class_getitem__ = classmethod(types.GenericAlias)

    def __get_log_tb(self):
        return self.__log_traceback

    def __set_log_tb(self, value):
        if value:
            raise ValueError('_log_traceback can only be set to False')
        self.__log_traceback = False

    _log_traceback = property(__get_log_tb, __set_log_tb)

    @property
    def _asyncio_awaited_by(self):
        waiting = self._awaiters
        return None if waiting is None else frozenset(waiting)

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        exc = self._cancelled_exc
        if exc is not None:
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        """Cancel the future; False if it was already done."""
        self.__log_traceback = False
        if self._state == _PENDING:
            self._cancel_message = msg
            self.__finish(_CANCELLED)
            return True
        return False

    def __finish(self, state):
        self._state = state
        self.__schedule_callbacks()

    def __schedule_callbacks(self):
        pending = list(self._callbacks)
        if not pending:
            return
        del self._callbacks[:]
        call_soon = self._loop.call_soon
        for fn, ctx in pending:
            call_soon(fn, self, context=ctx)

    def done(self):
        return _PENDING != self._state

    def cancelled(self):
        return _CANCELLED == self._state

    def result(self):
        """The result; raises the exception set, CancelledError, or
        InvalidStateError while pending."""
        state = self._state
        if state == _FINISHED:
            self.__log_traceback = False
            exc = self._exception
            if exc is not None:
                raise exc.with_traceback(self._exception_tb)
            return self._result
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        raise InvalidStateError('Result is not ready.')

    def exception(self):
        state = self._state
        if state == _FINISHED:
            self.__log_traceback = False
            return self._exception
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        raise InvalidStateError('Exception is not set.')

    def add_done_callback(self, fn, *, context=None):
        """Have the loop call fn(self) once done (soon, if already done)."""
        if context is None:
            context = contextvars.copy_context()
        if self._state == _PENDING:
            self._callbacks.append((fn, context))
        else:
            self._loop.call_soon(fn, self, context=context)

    def remove_done_callback(self, fn):
        """Drop every registration of fn; how many there were."""
        kept = [entry for entry in self._callbacks if entry[0] != fn]
        dropped = len(self._callbacks) - len(kept)
        if dropped:
            self._callbacks[:] = kept
        return dropped

    def __check_pending(self):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')

    def set_result(self, result):
        self.__check_pending()
        self._result = result
        self.__finish(_FINISHED)

    def set_exception(self, exception):
        """Finish with exception (a class is called first); no check that
        it is an exception, beyond reading its __traceback__."""
        self.__check_pending()
        if isinstance(exception, type):
            exception = exception()
        if isinstance(exception, StopIteration):
            wrapped = RuntimeError('StopIteration interacts badly with generators '
                                   'and cannot be raised into a Future')
            wrapped.__cause__ = wrapped.__context__ = exception
            exception = wrapped
        self._exception, self._exception_tb = exception, exception.__traceback__
        self.__finish(_FINISHED)
        self.__log_traceback = True

    def __await__(self):
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            yield self
            if self._state == _PENDING:
                raise RuntimeError("await wasn't used with future")
        if self._exception is None and self._state == _FINISHED:
            return self._result          # result(), without the call
        return self.result()

    __iter__ = __await__


# The Python Future above is the fallback; the C one (_asyncio) is used
# when present, as in CPython.
_PyFuture = Future

try:
    import _asyncio
except ImportError:
    pass
else:
    Future = _CFuture = _asyncio.Future


def _loop_of(fut):
    try:
        return fut.get_loop()
    except AttributeError:
        return fut._loop


_get_loop = _loop_of


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def _py_future_add_to_awaited_by(fut, waiter):
    """Record that waiter awaits fut (for the call graph)."""
    if isinstance(fut, _PyFuture) and isinstance(waiter, _PyFuture):
        if fut._awaiters is None:
            fut._awaiters = set()
        fut._awaiters.add(waiter)


def _py_future_discard_from_awaited_by(fut, waiter):
    if isinstance(fut, _PyFuture) and isinstance(waiter, _PyFuture):
        if fut._awaiters is not None:
            fut._awaiters.discard(waiter)


future_add_to_awaited_by = _py_future_add_to_awaited_by
future_discard_from_awaited_by = _py_future_discard_from_awaited_by

try:
    from _asyncio import (future_add_to_awaited_by,
                          future_discard_from_awaited_by)
except ImportError:
    pass


# --- chaining with concurrent.futures.Future ---

def _convert_future_exc(exc):
    """concurrent.futures' CancelledError and InvalidStateError become
    asyncio's (same arguments and traceback); others pass unchanged."""
    kind = type(exc)
    if kind is concurrent.futures.CancelledError:
        return CancelledError(*exc.args).with_traceback(exc.__traceback__)
    if kind is concurrent.futures.InvalidStateError:
        return InvalidStateError(*exc.args).with_traceback(exc.__traceback__)
    return exc


def _give_outcome(source, dest):
    """dest takes the result or the (converted) exception of source."""
    exception = source.exception()
    if exception is None:
        dest.set_result(source.result())
    else:
        dest.set_exception(_convert_future_exc(exception))


def _set_concurrent_future_state(concurrent, source):
    """Gives the ended asyncio future source's outcome to a
    concurrent.futures.Future."""
    assert source.done()
    if source.cancelled():
        concurrent.cancel()
    if concurrent.set_running_or_notify_cancel():
        _give_outcome(source, concurrent)


def _copy_future_state(source, dest):
    """Gives the ended future source's outcome to the asyncio future dest
    (unless dest was cancelled meanwhile)."""
    assert source.done()
    if dest.cancelled():
        return
    assert not dest.done()
    if source.cancelled():
        dest.cancel()
    else:
        _give_outcome(source, dest)


def _is_either_future(obj):
    return isfuture(obj) or isinstance(obj, concurrent.futures.Future)


def _chain_future(source, destination):
    """Links two futures, each an asyncio or a concurrent.futures one: the
    destination takes the source's outcome, and cancelling the destination
    cancels the source.  What is for a loop other than the one running
    goes through that loop's call_soon_threadsafe."""
    if not _is_either_future(source):
        raise TypeError('A future is required for source argument')
    if not _is_either_future(destination):
        raise TypeError('A future is required for destination argument')
    source_loop = _loop_of(source) if isfuture(source) else None
    dest_loop = _loop_of(destination) if isfuture(destination) else None

    def _set_state(future, other):
        if isfuture(future):
            _copy_future_state(other, future)
        else:
            _set_concurrent_future_state(future, other)

    def _call_check_cancel(dest):
        if not dest.cancelled():
            return
        if source_loop is None or source_loop is events._get_running_loop():
            source.cancel()
        else:
            source_loop.call_soon_threadsafe(source.cancel)

    def _call_set_state(src):
        if destination.cancelled() and dest_loop is not None and dest_loop.is_closed():
            return
        if dest_loop is None or dest_loop is events._get_running_loop():
            _set_state(destination, src)
        elif not dest_loop.is_closed():
            dest_loop.call_soon_threadsafe(_set_state, destination, src)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    """An asyncio future of the loop that follows a concurrent.futures.Future
    (an asyncio future is returned as it is)."""
    if isfuture(future):
        return future
    assert isinstance(future, concurrent.futures.Future), \
        f'concurrent.futures.Future is expected, got {future!r}'
    if loop is None:
        loop = events.get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future
