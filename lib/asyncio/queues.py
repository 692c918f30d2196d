"""Queues between tasks: FIFO, priority (smallest first) and LIFO, with
an optional size bound, task_done/join accounting, and shutdown."""

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty',
           'QueueShutDown')

import collections
import heapq
import types

from . import mixins
from .locks import Event


class QueueShutDown(Exception):
    """Raised when putting on to or getting from a shut-down Queue."""


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""


def _wake_one(waiters):
    """Give the first waiter still waiting its turn (dropping the others)."""
    while waiters:
        fut = waiters.popleft()
        if not fut.done():
            fut.set_result(None)
            return


def _release_all(waiters):
    while waiters:
        fut = waiters.popleft()
        if not fut.done():
            fut.set_result(None)


_STORAGE_HOOKS = ('_init', '_put', '_get', 'empty', 'full', 'qsize',
                  'put_nowait', 'get_nowait')


class Queue(mixins._LoopBoundMixin):
    """A first-in first-out queue for tasks (maxsize <= 0: unbounded)."""

    __class_getitem__ = classmethod(types.GenericAlias)

    # put() and get() take a shortcut (the deque used directly) unless a
    # subclass changes the storage or the checks.
    _plain = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._plain = all(getattr(cls, name) is getattr(Queue, name)
                         for name in _STORAGE_HOOKS)

    def __init__(self, maxsize=0):
        self._getters, self._putters = collections.deque(), collections.deque()
        self._maxsize = maxsize
        self._is_shutdown = False
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    # The storage: subclasses replace these three.
    def _init(self, maxsize):
        self._queue = collections.deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    # --- state ---

    @property
    def maxsize(self):
        """Number of items allowed in the queue."""
        return self._maxsize

    def qsize(self):
        """Number of items in the queue."""
        return len(self._queue)

    def empty(self):
        return len(self._queue) == 0

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    def _format(self):
        parts = [f'maxsize={self._maxsize!r}']
        if getattr(self, '_queue', None):
            parts.append(f'_queue={list(self._queue)!r}')
        for label, waiters in (('_getters', self._getters), ('_putters', self._putters)):
            if waiters:
                parts.append(f'{label}[{len(waiters)}]')
        if self._unfinished_tasks:
            parts.append(f'tasks={self._unfinished_tasks}')
        if self._is_shutdown:
            parts.append('shutdown')
        return ' '.join(parts)

    def __str__(self):
        return '<%s %s>' % (type(self).__name__, self._format())

    def __repr__(self):
        return '<%s at %#x %s>' % (type(self).__name__, id(self), self._format())

    # --- putting and getting ---

    @staticmethod
    def _give_up(fut, waiters, still_blocked):
        """A waiter left by an exception: withdraw it, passing on a wake-up
        it received but will not use."""
        fut.cancel()
        if fut in waiters:
            waiters.remove(fut)
        if not fut.cancelled() and not still_blocked():
            _wake_one(waiters)

    def put_nowait(self, item):
        """Put item now; QueueFull if there is no room."""
        if self._is_shutdown:
            raise QueueShutDown
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks = self._unfinished_tasks + 1
        finished = self._finished
        if finished._flag:
            finished.clear()
        getters = self._getters
        while getters:                  # _wake_one(getters), inline
            fut = getters.popleft()
            if not fut.done():
                fut.set_result(None)
                break

    async def put(self, item):
        """Put item, waiting while the queue is full."""
        if (self._plain and (self._maxsize <= 0 or len(self._queue) < self._maxsize)
                and not self._is_shutdown):
            # Room at once, in a queue with the storage above: put_nowait, inline.
            self._queue.append(item)
            self._unfinished_tasks = self._unfinished_tasks + 1
            finished = self._finished
            if finished._flag:
                finished.clear()
            getters = self._getters
            while getters:
                fut = getters.popleft()
                if not fut.done():
                    fut.set_result(None)
                    break
            return None
        while self.full():
            if self._is_shutdown:
                raise QueueShutDown
            fut = self._get_loop().create_future()
            self._putters.append(fut)
            try:
                await fut
            except:
                self._give_up(fut, self._putters, self.full)
                raise
        return self.put_nowait(item)

    def get_nowait(self):
        """Take an item now; QueueEmpty if there is none."""
        if not self._queue:
            raise QueueShutDown if self._is_shutdown else QueueEmpty
        taken = self._get()
        if self._putters:
            _wake_one(self._putters)
        return taken

    async def get(self):
        """Remove and return an item, waiting while the queue is empty."""
        if self._plain:
            queue = self._queue
            if queue:               # an item at once: get_nowait, inline
                taken = queue.popleft()
                if self._putters:
                    _wake_one(self._putters)
                return taken
        while self.empty():
            if self._is_shutdown:
                raise QueueShutDown
            fut = self._get_loop().create_future()
            self._getters.append(fut)
            try:
                await fut
            except:
                self._give_up(fut, self._getters, self.empty)
                raise
        return self.get_nowait()

    # --- accounting ---

    def _count_done(self, n=1):
        self._unfinished_tasks -= n
        if not self._unfinished_tasks:
            self._finished.set()

    def task_done(self):
        """One item taken earlier has been dealt with."""
        if self._unfinished_tasks < 1:
            raise ValueError('task_done() called too many times')
        self._count_done()

    async def join(self):
        """Wait until every item put has been marked done."""
        if self._unfinished_tasks:
            await self._finished.wait()

    def shutdown(self, immediate=False):
        """Refuse new items; immediate=True also drops the items left.
        Blocked getters and putters wake up and raise QueueShutDown."""
        self._is_shutdown = True
        if immediate:
            dropped = 0
            while self._queue:
                self._get()
                dropped += 1
            self._count_done(min(dropped, self._unfinished_tasks))
        _release_all(self._getters)
        _release_all(self._putters)


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

    _init = PriorityQueue._init

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
