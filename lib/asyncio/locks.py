"""Synchronization primitives for tasks: Lock, Event, Condition,
Semaphore, BoundedSemaphore, Barrier.  Waiters are futures queued in
arrival order; waking one means setting its future's result."""

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier')

import collections
import enum

from . import exceptions
from . import mixins


def _with_state(obj, extra, waiters):
    base = object.__repr__(obj)[1:-1]
    if waiters:
        extra = f'{extra}, waiters:{len(waiters)}'
    return f'<{base} [{extra}]>'


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


async def _park(waiters, fut):
    """Queue fut among waiters, await it, and always unqueue it."""
    waiters.append(fut)
    try:
        await fut
    finally:
        waiters.remove(fut)


class Lock(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A mutual exclusion lock for tasks; waiters get it in FIFO order."""

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        return _with_state(self, 'locked' if self._locked else 'unlocked', self._waiters)

    def locked(self):
        return self._locked

    async def acquire(self):
        waiters = self._waiters
        if not self._locked and (waiters is None or all(w.cancelled() for w in waiters)):
            self._locked = True
            return True
        if waiters is None:
            waiters = self._waiters = collections.deque()
        fut = self._get_loop().create_future()
        try:
            await _park(waiters, fut)
        except exceptions.CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        if self._waiters:
            first = self._waiters[0]
            if not first.done():
                first.set_result(True)


class Event(mixins._LoopBoundMixin):
    """A flag tasks can wait on until it is set."""

    def __init__(self):
        self._waiters = collections.deque()
        self._value = False

    def __repr__(self):
        return _with_state(self, 'set' if self._value else 'unset', self._waiters)

    def is_set(self):
        return self._value

    def set(self):
        if self._value:
            return
        self._value = True
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        await _park(self._waiters, self._get_loop().create_future())
        return True


class Condition(_ContextManagerMixin, mixins._LoopBoundMixin):
    """Tasks wait (releasing the lock) until another task notifies them."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = collections.deque()

    def __repr__(self):
        return _with_state(self, 'locked' if self.locked() else 'unlocked', self._waiters)

    async def wait(self):
        """Release the lock, wait for a notification, take the lock back
        (even when cancelled meanwhile), and return True."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        fut = self._get_loop().create_future()
        self.release()
        try:
            try:
                await _park(self._waiters, fut)
                return True
            finally:
                await self._reacquire()
        except BaseException:
            self._notify(1)
            raise

    async def _reacquire(self):
        last = None
        while True:
            try:
                await self.acquire()
                break
            except exceptions.CancelledError as exc:
                last = exc
        if last is not None:
            try:
                raise last
            finally:
                last = None

    async def wait_for(self, predicate):
        """Wait until predicate() is true; return its value."""
        value = predicate()
        while not value:
            await self.wait()
            value = predicate()
        return value

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        self._notify(n)

    def _notify(self, n):
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A counter of free slots; acquire waits while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        return _with_state(self, extra, self._waiters)

    def locked(self):
        if self._value == 0:
            return True
        return any(not w.cancelled() for w in (self._waiters or ()))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = collections.deque()
        fut = self._get_loop().create_future()
        try:
            await _park(self._waiters, fut)
        except exceptions.CancelledError:
            if fut.done() and not fut.cancelled():
                self._value += 1
            raise
        finally:
            while self._value > 0 and self._wake_up_next():
                pass
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        for fut in self._waiters or ():
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return True
        return False


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to go above its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class _BarrierState(enum.Enum):
    FILLING = 'filling'
    DRAINING = 'draining'
    RESETTING = 'resetting'
    BROKEN = 'broken'


class Barrier(mixins._LoopBoundMixin):
    """parties tasks wait until all of them have arrived, then all go on."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be >= 1')
        self._cond = Condition()
        self._parties = parties
        self._state = _BarrierState.FILLING
        self._count = 0

    def __repr__(self):
        base = object.__repr__(self)[1:-1]
        extra = self._state.value
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<{base} [{extra}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Wait for the others; return this task's arrival index."""
        async with self._cond:
            await self._cond.wait_for(lambda: self._state not in (
                _BarrierState.DRAINING, _BarrierState.RESETTING))
            if self._state is _BarrierState.BROKEN:
                raise exceptions.BrokenBarrierError('Barrier aborted')
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    self._state = _BarrierState.DRAINING
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(
                        lambda: self._state is not _BarrierState.FILLING)
                    if self._state in (_BarrierState.BROKEN, _BarrierState.RESETTING):
                        raise exceptions.BrokenBarrierError('Abort or reset of barrier')
                return index
            finally:
                self._count -= 1
                if self._count == 0:
                    if self._state in (_BarrierState.RESETTING, _BarrierState.DRAINING):
                        self._state = _BarrierState.FILLING
                    self._cond.notify_all()

    async def reset(self):
        """Back to empty; tasks waiting now get BrokenBarrierError."""
        async with self._cond:
            if self._count > 0:
                self._state = _BarrierState.RESETTING
            else:
                self._state = _BarrierState.FILLING
            self._cond.notify_all()

    async def abort(self):
        """Break the barrier for good: every wait() raises BrokenBarrierError."""
        async with self._cond:
            self._state = _BarrierState.BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state is _BarrierState.FILLING else 0

    @property
    def broken(self):
        return self._state is _BarrierState.BROKEN
