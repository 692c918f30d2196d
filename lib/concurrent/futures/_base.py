"""Futures, the waits over them and the abstract Executor."""

# A Future moves PENDING -> RUNNING -> FINISHED, or PENDING -> CANCELLED ->
# CANCELLED_AND_NOTIFIED (the last once its executor has seen the cancel).
# Waiters registered on a future (by wait() and as_completed()) hear of
# every change that ends it.  With one thread per interpreter nothing can
# end a future during a blocking wait, so such a wait sleeps out its
# time-out (or for ever), as CPython's would with no other thread running.

import collections
import logging
import threading
import time
import types
import weakref
from itertools import islice

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: 'pending',
    RUNNING: 'running',
    CANCELLED: 'cancelled',
    CANCELLED_AND_NOTIFIED: 'cancelled',
    FINISHED: 'finished',
}

_ENDED = (CANCELLED_AND_NOTIFIED, FINISHED)      # what wait() counts as done
_SETTLED = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

LOGGER = logging.getLogger('concurrent.futures')

TimeoutError = TimeoutError


class Error(Exception):
    """The root of the exceptions of concurrent.futures."""


class CancelledError(Error):
    """The future was cancelled before it ran."""


class InvalidStateError(Error):
    """The future is not in a state that allows this."""


class BrokenExecutor(RuntimeError):
    """An executor can no longer run anything after a failure."""


class _Waiter:
    """What wait() or as_completed() leaves on each future it watches.

    `wakes(kind)` decides whether an outcome of that kind ('result',
    'exception', 'cancelled') ends the wait; `left` counts the futures still
    unfinished for the waits that need them all."""

    def __init__(self, wakes, left=0):
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished_futures = []
        self._wakes = wakes
        self._left = left

    def _note(self, future, kind):
        with self.lock:
            self.finished_futures.append(future)
            self._left -= 1
            if self._wakes(kind) or self._left <= 0:
                self.event.set()

    def add_result(self, future):
        self._note(future, 'result')

    def add_exception(self, future):
        self._note(future, 'exception')

    def add_cancelled(self, future):
        self._note(future, 'cancelled')


def _wake_rule(return_when):
    """The outcomes that end a wait of this kind before all futures end."""
    if return_when in (FIRST_COMPLETED, _AS_COMPLETED):
        return lambda kind: True
    if return_when == FIRST_EXCEPTION:
        return lambda kind: kind == 'exception'
    if return_when == ALL_COMPLETED:
        return lambda kind: False
    raise ValueError(f'Invalid return condition: {return_when!r}')


def _install_waiter(fs, return_when):
    left = sum(f._state not in _ENDED for f in fs)
    waiter = _Waiter(_wake_rule(return_when), left)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _remove_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)


class _AcquireFutures:
    """Holds the conditions of several futures (in a fixed order)."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for f in self.futures:
            f._condition.acquire()

    def __exit__(self, *exc_info):
        for f in self.futures:
            f._condition.release()


def _yield_finished_futures(fs, waiter, ref_collect):
    """Yields the futures of the list fs from its end, forgetting each in
    the sets of ref_collect and taking the waiter off it first."""
    while fs:
        f = fs[-1]
        for ref in ref_collect:
            ref.remove(f)
        with f._condition:
            f._waiters.remove(waiter)
        del f
        yield fs.pop()


def as_completed(fs, timeout=None):
    """Yields the futures of fs (each once) as they end: those already ended
    first, then the others as they finish or are cancelled (notified).
    TimeoutError once `timeout` seconds have passed with some unfinished."""
    end_time = None if timeout is None else timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    with _AcquireFutures(fs):
        finished = [f for f in fs if f._state in _ENDED]
        pending = fs.difference(finished)
        waiter = _install_waiter(fs, _AS_COMPLETED)
    try:
        yield from _yield_finished_futures(finished, waiter, (fs,))
        while pending:
            left = None
            if end_time is not None:
                left = end_time - time.monotonic()
                if left < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            yield from _next_finished(waiter, left, (fs, pending))
    finally:
        _remove_waiter(fs, waiter)


def _next_finished(waiter, timeout, ref_collect):
    """Waits for futures to finish, then yields those that did."""
    waiter.event.wait(timeout)
    with waiter.lock:
        finished = waiter.finished_futures
        waiter.finished_futures = []
        waiter.event.clear()
    finished.reverse()      # yielded from the end: oldest first
    yield from _yield_finished_futures(finished, waiter, ref_collect)


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def _settled_early(done, fs, return_when):
    """Whether wait() can answer without waiting at all."""
    if return_when == FIRST_COMPLETED and done:
        return True
    if return_when == FIRST_EXCEPTION and done:
        if any(not f.cancelled() and f.exception() is not None for f in done):
            return True
    return len(done) == len(fs)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits until futures of fs end, as return_when says (FIRST_COMPLETED,
    FIRST_EXCEPTION or ALL_COMPLETED) or until `timeout` seconds pass.
    Returns DoneAndNotDoneFutures(done, not_done), two sets."""
    fs = set(fs)
    with _AcquireFutures(fs):
        done = {f for f in fs if f._state in _ENDED}
        if _settled_early(done, fs, return_when):
            return DoneAndNotDoneFutures(done, fs - done)
        waiter = _install_waiter(fs, return_when)
    waiter.event.wait(timeout)
    _remove_waiter(fs, waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    """The future's result; the future is cancelled if that fails."""
    try:
        return fut.result(timeout)
    finally:
        fut.cancel()


class Future(object):
    """The outcome of a call that runs (or ran) elsewhere."""

    def __init__(self):
        """Made by an executor; client code does not make futures."""
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            self._call_logged(callback)

    def _call_logged(self, callback):
        # A callback's Exception is logged; BaseException goes on up.
        try:
            callback(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def __repr__(self):
        with self._condition:
            text = '<%s at %#x state=%s' % (self.__class__.__name__, id(self),
                                            _STATE_TO_DESCRIPTION_MAP[self._state])
            if self._state == FINISHED:
                if self._exception:
                    text += ' raised %s' % self._exception.__class__.__name__
                else:
                    text += ' returned %s' % self._result.__class__.__name__
            return text + '>'

    def cancel(self):
        """Cancels the future unless it runs or has finished; whether it is
        cancelled now."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """Whether the future was cancelled."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        """Whether the call is running now."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """Whether the future was cancelled or has finished."""
        with self._condition:
            return self._state in _SETTLED

    def __get_result(self):
        if self._exception is None:
            return self._result
        try:
            raise self._exception
        finally:
            self = None     # no cycle through the traceback's frame

    def add_done_callback(self, fn):
        """Calls fn(future) once the future ends (at once if it has); the
        callbacks run in the order they were added."""
        with self._condition:
            if self._state not in _SETTLED:
                self._done_callbacks.append(fn)
                return
        self._call_logged(fn)

    def _await_end(self, timeout):
        """Waits (holding the condition) until the future has ended; the
        exception for the caller to raise if it was cancelled
        (CancelledError) or did not end (TimeoutError), else None.  The
        caller raises it, so tracebacks end in result() or exception()."""
        if self._state not in _SETTLED:
            self._condition.wait(timeout)
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            return CancelledError()
        if self._state != FINISHED:
            return TimeoutError()
        return None

    def result(self, timeout=None):
        """The call's return value (or its exception, raised), waiting at most
        `timeout` seconds: CancelledError or TimeoutError otherwise."""
        try:
            with self._condition:
                failure = self._await_end(timeout)
                if failure is not None:
                    raise failure
                return self.__get_result()
        finally:
            self = None

    def exception(self, timeout=None):
        """The call's exception (None if it returned), waiting at most
        `timeout` seconds: CancelledError or TimeoutError otherwise."""
        with self._condition:
            failure = self._await_end(timeout)
            if failure is not None:
                raise failure
            return self._exception

    def set_running_or_notify_cancel(self):
        """For executors, before running the call: False (waiters told) if the
        future was cancelled, else it becomes RUNNING and True.  RuntimeError
        if it runs or has ended already."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            LOGGER.critical('Future %s in unexpected state: %s', id(self), self._state)
            raise RuntimeError('Future in unexpected state')

    def _check_unsettled(self):
        """The InvalidStateError for a future that has ended, else None."""
        if self._state in _SETTLED:
            return InvalidStateError('{}: {!r}'.format(self._state, self))
        return None

    def _finished(self, tell):
        """The outcome is stored: the future is FINISHED, and each waiter
        hears of it through tell(waiter)."""
        self._state = FINISHED
        for waiter in self._waiters:
            tell(waiter)
        self._condition.notify_all()

    def set_result(self, result):
        """For executors: the call returned result."""
        with self._condition:
            failure = self._check_unsettled()
            if failure is not None:
                raise failure
            self._result = result
            self._finished(lambda waiter: waiter.add_result(self))
        self._invoke_callbacks()

    def set_exception(self, exception):
        """For executors: the call raised exception."""
        with self._condition:
            failure = self._check_unsettled()
            if failure is not None:
                raise failure
            self._exception = exception
            self._finished(lambda waiter: waiter.add_exception(self))
        self._invoke_callbacks()

    __class_getitem__ = classmethod(types.GenericAlias)


class Executor(object):
    """The base of the executors: submit() runs a call and gives its future."""

    def submit(self, fn, /, *args, **kwargs):
        """Arranges for fn(*args, **kwargs) to run; returns its Future.
        Concrete executors define it."""
        # The abstract method: a concrete executor overrides it.
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1, buffersize=None):
        """Like map(fn, *iterables), each call submitted to this executor.

        The results come in order; a call's exception is raised when its
        result is reached; TimeoutError if they are not all there within
        `timeout` seconds of this call.  chunksize matters only to executors
        of other processes.  buffersize bounds the calls submitted ahead of
        the results taken (all are submitted at once without it)."""
        if buffersize is not None and not isinstance(buffersize, int):
            raise TypeError('buffersize must be an integer or None')
        if buffersize is not None and buffersize < 1:
            raise ValueError('buffersize must be None or > 0')
        end_time = None if timeout is None else timeout + time.monotonic()
        args_iter = zip(*iterables)
        fs = collections.deque(self.submit(fn, *args) for args in islice(args_iter, buffersize))
        refill = (weakref.ref(self), fn, args_iter) if buffersize else None

        # The results in order; with refill, each result taken first submits
        # the next call.  Futures left when it stops are cancelled.
        def result_iterator():
            try:
                fs.reverse()        # oldest on the right, popped first
                while fs:
                    if refill is not None:
                        _submit_next(fs, refill)
                    left = None if end_time is None else end_time - time.monotonic()
                    yield _result_or_cancel(fs.pop(), left)
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Releases the executor's resources; with wait, once the pending
        calls are done; cancel_futures cancels those not started."""
        # Nothing to release in the abstract executor.

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _submit_next(fs, refill):
    executor_ref, fn, args_iter = refill
    executor = executor_ref()
    if executor is None:
        return
    args = next(args_iter, None)
    if args:
        fs.appendleft(executor.submit(fn, *args))
