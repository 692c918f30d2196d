"""Future objects, wait() and as_completed() over them, and the Executor base."""

# Life of a future: PENDING, then RUNNING once an executor starts the call,
# then FINISHED with a result or an exception.  A pending future may instead
# be CANCELLED; the executor that later picks it up moves it on to
# CANCELLED_AND_NOTIFIED, and only then do wait() and as_completed() count it
# as ended.
#
# wait() and as_completed() hang a _Watch on every future they follow (the
# future's _waiters list); ending a future reports to each watch on it.
# cipy has one thread per interpreter, so a blocking wait can only time out
# (or block for ever), as CPython's does when no other thread is running.

import collections
import itertools
import logging
import threading
import time
import types
import weakref

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

PENDING, RUNNING, FINISHED = 'PENDING', 'RUNNING', 'FINISHED'
CANCELLED, CANCELLED_AND_NOTIFIED = 'CANCELLED', 'CANCELLED_AND_NOTIFIED'

# The word each state shows in a future's repr.
_STATE_TO_DESCRIPTION_MAP = dict(PENDING='pending', RUNNING='running', CANCELLED='cancelled',
                                 CANCELLED_AND_NOTIFIED='cancelled', FINISHED='finished')

_WAS_CANCELLED = frozenset((CANCELLED, CANCELLED_AND_NOTIFIED))
_OVER = _WAS_CANCELLED | {FINISHED}            # done() is true
_COUNTED = frozenset((CANCELLED_AND_NOTIFIED, FINISHED))   # ended for the waits

LOGGER = logging.getLogger('concurrent.futures')

TimeoutError = TimeoutError


class Error(Exception):
    """Base class of this package's own exceptions."""


class CancelledError(Error):
    """Asked for the outcome of a future that was cancelled."""


class InvalidStateError(Error):
    """The operation does not fit the future's current state."""


class BrokenExecutor(RuntimeError):
    """An executor that failed in a way that stops it from running calls."""


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


# ---- watching futures on behalf of wait() and as_completed() ----

# The outcomes that end a wait before every future has ended, by return_when.
# as_completed() uses its own key: any outcome wakes it.
_ANY_OUTCOME = object()
_EARLY_WAKE = {
    _ANY_OUTCOME: frozenset(('result', 'exception', 'cancelled')),
    FIRST_COMPLETED: frozenset(('result', 'exception', 'cancelled')),
    FIRST_EXCEPTION: frozenset(('exception',)),
    ALL_COMPLETED: frozenset(),
}


class _Watch:
    """Collects the futures that end while a wait follows them.

    `arrived` holds the futures reported since the last take(); the wake-up
    event is set by an outcome in `wake_on`, or once none is left unended."""

    def __init__(self, wake_on, unended):
        self.arrived = []
        self._wake_on = wake_on
        self._unended = unended
        self._guard = threading.Lock()
        self._wakeup = threading.Event()

    def report(self, future, outcome):
        with self._guard:
            self.arrived.append(future)
            self._unended -= 1
            if outcome in self._wake_on or self._unended <= 0:
                self._wakeup.set()

    def sleep(self, timeout):
        self._wakeup.wait(timeout)

    def take(self):
        """The futures reported so far (forgotten here); re-arms the event."""
        with self._guard:
            got, self.arrived = self.arrived, []
            self._wakeup.clear()
        return got


class _Locked:
    """Holds the conditions of many futures at once, taken in id order so
    that two waits over overlapping sets cannot deadlock."""

    def __init__(self, futures):
        self._order = sorted(futures, key=id)

    def __enter__(self):
        for fut in self._order:
            fut._condition.acquire()

    def __exit__(self, *exc_info):
        for fut in self._order:
            fut._condition.release()


def _hang_watch(futures, return_when):
    """A new _Watch, put on every future; the caller holds their conditions."""
    for key, wake_on in _EARLY_WAKE.items():
        if key == return_when:
            break
    else:
        raise ValueError('Invalid return condition: %r' % return_when)
    unended = len([f for f in futures if f._state not in _COUNTED])
    watch = _Watch(wake_on, unended)
    for fut in futures:
        fut._waiters.append(watch)
    return watch


def _unhang(fut, watch):
    with fut._condition:
        fut._waiters.remove(watch)


def _deadline(timeout):
    return None if timeout is None else timeout + time.monotonic()


def _time_left(deadline):
    return None if deadline is None else deadline - time.monotonic()


def _hand_out(batch, watch, books):
    """Yields batch's futures, last first; each is struck from every set in
    books and loses the watch before it is yielded.  The generator keeps no
    reference to a future while suspended."""
    while batch:
        last = batch[-1]
        for book in books:
            book.remove(last)
        _unhang(last, watch)
        last = None
        yield batch.pop()


def as_completed(fs, timeout=None):
    """Yields the futures of fs, each once, as they end: first those that
    have already ended, then the rest as they finish or are cancelled.

    Duplicates in fs are yielded once.  Raises TimeoutError once `timeout`
    seconds (from this call) pass with futures still unended."""
    deadline = _deadline(timeout)
    followed = set(fs)
    count = len(followed)
    with _Locked(followed):
        ready = {f for f in followed if f._state in _COUNTED}
        waiting = followed - ready
        watch = _hang_watch(followed, _ANY_OUTCOME)
    ready = list(ready)
    try:
        yield from _hand_out(ready, watch, (followed,))
        while waiting:
            left = _time_left(deadline)
            if left is not None and left < 0:
                raise TimeoutError(f'{len(waiting)} (of {count}) futures unfinished')
            watch.sleep(left)
            ready = watch.take()
            ready.reverse()         # _hand_out starts at the end: oldest first
            yield from _hand_out(ready, watch, (followed, waiting))
    finally:
        for fut in followed:
            _unhang(fut, watch)


def _answer_now(done, fs, return_when):
    """Whether wait() is satisfied by the futures already done."""
    if done and return_when == FIRST_COMPLETED:
        return True
    if done and return_when == FIRST_EXCEPTION:
        for fut in done:
            if not fut.cancelled() and fut.exception() is not None:
                return True
    return len(done) == len(fs)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Blocks until the futures of fs satisfy return_when (FIRST_COMPLETED,
    FIRST_EXCEPTION or ALL_COMPLETED) or `timeout` seconds pass.

    Returns DoneAndNotDoneFutures(done, not_done), a pair of sets."""
    fs = set(fs)
    with _Locked(fs):
        done = {f for f in fs if f._state in _COUNTED}
        if _answer_now(done, fs, return_when):
            return DoneAndNotDoneFutures(done, fs - done)
        watch = _hang_watch(fs, return_when)
    watch.sleep(timeout)
    for fut in fs:
        _unhang(fut, watch)
    done.update(watch.arrived)
    return DoneAndNotDoneFutures(done, fs - done)


# ---- the future itself ----

class Future(object):
    """Stands for the outcome of a call an executor runs."""

    def __init__(self):
        """Executors make futures; user code should not need to."""
        self._condition, self._state = threading.Condition(), PENDING
        self._result = self._exception = None
        self._waiters, self._done_callbacks = [], []

    def __repr__(self):
        with self._condition:
            state = self._state
            tail = ''
            if state == FINISHED:
                if self._exception:
                    tail = ' raised ' + type(self._exception).__name__
                else:
                    tail = ' returned ' + type(self._result).__name__
            return '<%s at %#x state=%s%s>' % (
                type(self).__name__, id(self), _STATE_TO_DESCRIPTION_MAP[state], tail)

    # -- callbacks --

    def _call_back(self, fn):
        # An Exception from a callback is logged and dropped; anything
        # else (KeyboardInterrupt, SystemExit) propagates.
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def _run_done_callbacks(self):
        for fn in self._done_callbacks:
            self._call_back(fn)

    def add_done_callback(self, fn):
        """Arranges for fn(future) to be called when the future is done,
        or calls it now if it already is.  Callbacks run in the order added."""
        with self._condition:
            if self._state not in _OVER:
                self._done_callbacks.append(fn)
                return
        self._call_back(fn)

    # -- queries --

    def cancelled(self):
        """True if the future was cancelled."""
        with self._condition:
            return self._state in _WAS_CANCELLED

    def done(self):
        """True once the future is cancelled or its call has finished."""
        with self._condition:
            return self._state in _OVER

    def running(self):
        """True while the call is being run."""
        with self._condition:
            return self._state == RUNNING

    def _failure_after_wait(self, timeout):
        """Waits (condition held) up to timeout for the future to end; the
        CancelledError or TimeoutError for the caller to raise, or None once
        it has finished.  The caller raises, so tracebacks end there."""
        if self._state not in _OVER:
            self._condition.wait(timeout)
        if self._state in _WAS_CANCELLED:
            return CancelledError()
        if self._state != FINISHED:
            return TimeoutError()
        return None

    def __get_result(self):
        failure = self._exception
        if failure is None:
            return self._result
        try:
            raise failure
        finally:
            # The traceback references this frame; drop our references so
            # no cycle keeps the future and the exception alive.
            self = failure = None

    def result(self, timeout=None):
        """Returns what the call returned, or raises what it raised.

        Waits up to `timeout` seconds (for ever if None); raises
        TimeoutError if the call has not finished by then and
        CancelledError if the future was cancelled."""
        try:
            with self._condition:
                failure = self._failure_after_wait(timeout)
                if failure is None:
                    return self.__get_result()
            raise failure
        finally:
            self = None

    def exception(self, timeout=None):
        """Returns the exception the call raised (None if it returned).

        Waits and fails as result() does."""
        with self._condition:
            failure = self._failure_after_wait(timeout)
            if failure is None:
                return self._exception
        raise failure

    # -- changes of state --

    def _report(self, outcome):
        for watch in self._waiters:
            watch.report(self, outcome)

    def cancel(self):
        """Cancels a future that has not started.  Returns False if the
        call is running or finished, True otherwise."""
        with self._condition:
            before = self._state
            if before == PENDING:
                self._state = CANCELLED
                self._condition.notify_all()
        if before != PENDING:
            return before in _WAS_CANCELLED
        self._run_done_callbacks()
        return True

    def set_running_or_notify_cancel(self):
        """Called by an executor just before it runs the call.

        Returns True and marks the future running if it is pending; returns
        False if it was cancelled (whoever waits on it then learns so).
        Raises RuntimeError in any other state."""
        with self._condition:
            before = self._state
            if before == PENDING:
                self._state = RUNNING
                return True
            if before != CANCELLED:
                LOGGER.critical('Future %s in unexpected state: %s', id(self), before)
                raise RuntimeError('Future in unexpected state')
            self._state = CANCELLED_AND_NOTIFIED
            self._report('cancelled')
            return False

    def _mark_finished(self, outcome):
        # Called with the condition held, the outcome already stored.
        self._state = FINISHED
        self._report(outcome)
        self._condition.notify_all()

    def _conclude(self, slot, value, outcome):
        """Stores value in slot and finishes the future; returns the
        InvalidStateError for the caller to raise if it had already ended."""
        with self._condition:
            if self._state in _OVER:
                return InvalidStateError(f'{self._state}: {self!r}')
            setattr(self, slot, value)
            self._mark_finished(outcome)
        self._run_done_callbacks()
        return None

    def set_result(self, result):
        """Called by an executor: the call returned `result`."""
        failure = self._conclude('_result', result, 'result')
        if failure is not None:
            raise failure

    def set_exception(self, exception):
        """Called by an executor: the call raised `exception`."""
        failure = self._conclude('_exception', exception, 'exception')
        if failure is not None:
            raise failure

    __class_getitem__ = classmethod(types.GenericAlias)


# ---- executors ----

def _result_or_cancel(fut, timeout=None):
    """fut's result; fut is cancelled on the way out, which matters only
    when the wait failed (a finished future ignores cancel())."""
    try:
        return fut.result(timeout)
    finally:
        fut.cancel()
        fut = None


def _submit_one_more(owner, fn, calls, queued):
    """Submits the next call of a bounded map(), while its executor lives."""
    executor = owner()
    if executor is None:
        return
    args = next(calls, None)
    if args:
        queued.append(executor.submit(fn, *args))


class Executor(object):
    """Base class of executors, which run calls asynchronously."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs) and returns a Future for it."""
        # Each concrete executor supplies its own.
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1, buffersize=None):
        """An iterator over fn applied to the items of iterables, each call
        submitted to this executor.

        Results come back in order.  If a call raised, the iterator raises
        that exception when it reaches it; if a result is not there `timeout`
        seconds after map() was called, it raises TimeoutError.  chunksize
        is used only by executors that batch calls across processes.  With
        buffersize, at most that many calls run ahead of the results taken;
        without it every call is submitted up front."""
        if buffersize is not None:
            if not isinstance(buffersize, int):
                raise TypeError('buffersize must be an integer or None')
            if buffersize < 1:
                raise ValueError('buffersize must be None or > 0')
        deadline = _deadline(timeout)
        calls = zip(*iterables)
        queued = collections.deque()
        for args in itertools.islice(calls, buffersize):
            queued.append(self.submit(fn, *args))
        owner = weakref.ref(self)

        def result_iterator():
            # Oldest future on the left.  Whatever is left when the
            # iterator stops early is cancelled, newest first.
            try:
                while queued:
                    if buffersize:
                        _submit_one_more(owner, fn, calls, queued)
                    yield _result_or_cancel(queued.popleft(), _time_left(deadline))
            finally:
                for fut in reversed(queued):
                    fut.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Frees the executor's resources once its calls are done (waiting
        for them if wait is true); cancel_futures cancels calls not started.
        Later submit() and map() calls raise RuntimeError."""
        # The base class holds no resources.

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
