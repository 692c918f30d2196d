"""Queues between tasks: FIFO, priority (smallest first) and LIFO, with
an optional size bound, task_done/join accounting, and shutdown."""

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty',
           'QueueShutDown')

import collections
import heapq
import types

from . import locks
from . import mixins


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""


class QueueShutDown(Exception):
    """Raised when putting on to or getting from a shut-down Queue."""


def _wake_one(waiters):
    """Give the first waiter still waiting its turn (dropping the others)."""
    while waiters:
        fut = waiters.popleft()
        if not fut.done():
            fut.set_result(None)
            return


class Queue(mixins._LoopBoundMixin):
    """A first-in first-out queue for tasks (maxsize <= 0: unbounded)."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = collections.deque()
        self._putters = collections.deque()
        self._unfinished_tasks = 0
        self._finished = locks.Event()
        self._finished.set()
        self._init(maxsize)
        self._is_shutdown = False

    # The storage, which the subclasses change.
    def _init(self, maxsize):
        self._queue = collections.deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    __class_getitem__ = classmethod(types.GenericAlias)

    def _format(self):
        parts = [f'maxsize={self._maxsize!r}']
        if getattr(self, '_queue', None):
            parts.append(f'_queue={list(self._queue)!r}')
        if self._getters:
            parts.append(f'_getters[{len(self._getters)}]')
        if self._putters:
            parts.append(f'_putters[{len(self._putters)}]')
        if self._unfinished_tasks:
            parts.append(f'tasks={self._unfinished_tasks}')
        if self._is_shutdown:
            parts.append('shutdown')
        return ' '.join(parts)

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= self.qsize()

    async def _wait_in(self, waiters, still_blocked):
        fut = self._get_loop().create_future()
        waiters.append(fut)
        try:
            await fut
        except:
            fut.cancel()
            try:
                waiters.remove(fut)
            except ValueError:
                pass
            if not still_blocked() and not fut.cancelled():
                _wake_one(waiters)
            raise

    async def put(self, item):
        """Put item, waiting while the queue is full."""
        while self.full():
            if self._is_shutdown:
                raise QueueShutDown
            await self._wait_in(self._putters, self.full)
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self._is_shutdown:
            raise QueueShutDown
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        _wake_one(self._getters)

    async def get(self):
        """Remove and return an item, waiting while the queue is empty."""
        while self.empty():
            if self._is_shutdown:
                raise QueueShutDown
            await self._wait_in(self._getters, self.empty)
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            if self._is_shutdown:
                raise QueueShutDown
            raise QueueEmpty
        item = self._get()
        _wake_one(self._putters)
        return item

    def task_done(self):
        """One item taken earlier has been dealt with."""
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        """Wait until every item put has been marked done."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()

    def shutdown(self, immediate=False):
        """Refuse new items; immediate=True also drops the items left.
        Blocked getters and putters wake up and raise QueueShutDown."""
        self._is_shutdown = True
        if immediate:
            while not self.empty():
                self._get()
                if self._unfinished_tasks > 0:
                    self._unfinished_tasks -= 1
            if self._unfinished_tasks == 0:
                self._finished.set()
        for waiters in (self._getters, self._putters):
            while waiters:
                fut = waiters.popleft()
                if not fut.done():
                    fut.set_result(None)


class PriorityQueue(Queue):
    """Items come out smallest first (usually (priority, data) tuples)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """Items come out newest first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
