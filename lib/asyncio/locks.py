"""Synchronization primitives for tasks: Lock, Event, Condition,
Semaphore, BoundedSemaphore, Barrier.  Waiters are futures queued in
arrival order; waking one means setting its future's result."""

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier')

import enum
from collections import deque

from .exceptions import BrokenBarrierError, CancelledError
from .mixins import _LoopBoundMixin as _Bound


def _with_state(obj, extra, waiters):
    text = f'<{object.__repr__(obj)[1:-1]} [{extra}'
    if waiters:
        text += f', waiters:{len(waiters)}'
    return text + ']>'


async def _park(owner, waiters, fut=None):
    """Queue a future among waiters, await it, and always unqueue it."""
    if fut is None:
        fut = owner._get_loop().create_future()
    waiters.append(fut)
    try:
        return await fut
    finally:
        waiters.remove(fut)


class _AcquireRelease:
    """async with: acquire() on entry, release() on exit."""

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, *exc_info):
        self.release()


class Lock(_AcquireRelease, _Bound):
    """A mutual exclusion lock for tasks; waiters get it in FIFO order."""

    def __init__(self):
        self._locked, self._waiters = False, None

    def __repr__(self):
        return _with_state(self, 'locked' if self._locked else 'unlocked', self._waiters)

    def locked(self):
        return self._locked

    def _free_for_me(self):
        if self._locked:
            return False
        return not self._waiters or all(w.cancelled() for w in self._waiters)

    async def acquire(self):
        if not self._free_for_me():
            if self._waiters is None:
                self._waiters = deque()
            try:
                await _park(self, self._waiters)
            except CancelledError:
                if not self._locked:
                    self._pass_on()
                raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._pass_on()

    def _pass_on(self):
        if self._waiters and not self._waiters[0].done():
            self._waiters[0].set_result(True)


class Event(_Bound):
    """A flag tasks can wait on until it is set."""

    def __init__(self):
        self._flag, self._waiters = False, deque()

    def __repr__(self):
        return _with_state(self, 'set' if self._flag else 'unset', self._waiters)

    def is_set(self):
        return self._flag

    def set(self):
        if not self._flag:
            self._flag = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._flag = False

    async def wait(self):
        if not self._flag:
            await _park(self, self._waiters)
        return True


class Condition(_AcquireRelease, _Bound):
    """Tasks wait (releasing the lock) until another task notifies them."""

    def __init__(self, lock=None):
        self._lock = Lock() if lock is None else lock
        self.acquire, self.release = self._lock.acquire, self._lock.release
        self.locked = self._lock.locked
        self._waiters = deque()

    def __repr__(self):
        return _with_state(self, 'locked' if self.locked() else 'unlocked', self._waiters)

    def _check_held(self, what):
        if not self.locked():
            raise RuntimeError(f'cannot {what} on un-acquired lock')

    async def wait(self):
        """Release the lock, wait for a notification, take the lock back
        (even when cancelled meanwhile), and return True."""
        self._check_held('wait')
        fut = self._get_loop().create_future()
        self.release()
        try:
            try:
                await _park(self, self._waiters, fut)
                return True
            finally:
                await self._take_back()
        except BaseException:
            self._wake(1)
            raise

    async def _take_back(self):
        interrupted = None
        while True:
            try:
                await self.acquire()
            except CancelledError as exc:
                interrupted = exc
                continue
            break
        if interrupted is not None:
            try:
                raise interrupted
            finally:
                interrupted = None

    async def wait_for(self, predicate):
        """Wait until predicate() is true; return its value."""
        while not (value := predicate()):
            await self.wait()
        return value

    def notify(self, n=1):
        self._check_held('notify')
        self._wake(n)

    def notify_all(self):
        self.notify(len(self._waiters))

    def _wake(self, n):
        for fut in self._waiters:
            if n <= 0:
                return
            if not fut.done():
                fut.set_result(False)
                n -= 1


class Semaphore(_AcquireRelease, _Bound):
    """A counter of free slots; acquire waits while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value, self._waiters = value, None

    def __repr__(self):
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        return _with_state(self, extra, self._waiters)

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in self._waiters or ())

    async def acquire(self):
        if not self.locked():
            self._value = self._value - 1
            return True
        if self._waiters is None:
            self._waiters = deque()
        fut = self._get_loop().create_future()
        try:
            await _park(self, self._waiters, fut)
        except CancelledError:
            if not fut.cancelled() and fut.done():
                self._value = self._value + 1
            raise
        finally:
            while self._value > 0 and self._hand_over():
                pass
        return True

    def release(self):
        self._value = self._value + 1
        self._hand_over()

    def _hand_over(self):
        """Give a slot to the first waiter still waiting; False if none."""
        for fut in self._waiters or ():
            if fut.done():
                continue
            self._value = self._value - 1
            fut.set_result(True)
            return True
        return False


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to go above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._bound_value = value

    def release(self):
        if self._value < self._bound_value:
            return Semaphore.release(self)
        raise ValueError('BoundedSemaphore released too many times')


class _BarrierState(enum.Enum):
    FILLING, DRAINING, RESETTING, BROKEN = 'filling', 'draining', 'resetting', 'broken'


class Barrier(_Bound):
    """parties tasks wait until all of them have arrived, then all go on."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be >= 1')
        self._parties, self._count = parties, 0
        self._state = _BarrierState.FILLING
        self._cond = Condition()

    def __repr__(self):
        extra = self._state.value
        if self._state is not _BarrierState.BROKEN:
            extra = f'{extra}, waiters:{self.n_waiting}/{self._parties}'
        return f'<{object.__repr__(self)[1:-1]} [{extra}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *exc_info):
        return None

    def _settled(self):
        return self._state not in (_BarrierState.DRAINING, _BarrierState.RESETTING)

    def _left_filling(self):
        return self._state is not _BarrierState.FILLING

    async def wait(self):
        """Wait for the others; return this task's arrival index."""
        cond = self._cond
        async with cond:
            await cond.wait_for(self._settled)
            if self._state is _BarrierState.BROKEN:
                raise BrokenBarrierError('Barrier aborted')
            index = self._count
            self._count = index + 1
            try:
                if self._count == self._parties:
                    self._state = _BarrierState.DRAINING
                    cond.notify_all()
                else:
                    await cond.wait_for(self._left_filling)
                    if self._state in (_BarrierState.BROKEN, _BarrierState.RESETTING):
                        raise BrokenBarrierError('Abort or reset of barrier')
                return index
            finally:
                self._count -= 1
                if not self._count:
                    if not self._settled():
                        self._state = _BarrierState.FILLING
                    cond.notify_all()

    async def _set_state(self, choose):
        async with self._cond:
            self._state = choose()
            self._cond.notify_all()

    async def reset(self):
        """Back to empty; tasks waiting now get BrokenBarrierError."""
        await self._set_state(lambda: _BarrierState.RESETTING if self._count
                              else _BarrierState.FILLING)

    async def abort(self):
        """Break the barrier for good: every wait() raises BrokenBarrierError."""
        await self._set_state(lambda: _BarrierState.BROKEN)

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state is _BarrierState.FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state is _BarrierState.BROKEN
