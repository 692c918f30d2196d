'''A multi-producer, multi-consumer queue.'''

# cipy runs one thread, so no other thread can fill or drain a queue while
# a call waits on it: a blocking call that cannot go on sleeps out its
# time-out (or for ever, watching for a signal handler that changes the
# queue), then answers as CPython's would after waiting that long.
import threading
from collections import deque
from heapq import heappush as _heap_add, heappop as _heap_take
from _queue import Empty, SimpleQueue
from _thread import _await

__all__ = ['Empty', 'Full', 'ShutDown', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


class ShutDown(Exception):
    '''Raised when put/get with shut-down queue.'''


def _allowed_wait(timeout):
    """None to wait for ever, else the seconds a blocking call may wait."""
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    return timeout


class Queue:
    '''Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    '''

    def __init__(self, maxsize=0):
        # The lock guards nothing here, but programs take it (`with q.mutex`).
        self.mutex = threading.Lock()
        self.is_shutdown = False
        self.unfinished_tasks = 0
        self.maxsize = maxsize
        self._init(maxsize)

    # -- the storage, which subclasses change through these hooks -------
    _store_type = deque

    def _get(self):
        return self.queue.popleft()

    def _init(self, maxsize):
        self.queue = self._store_type()

    def _put(self, item):
        self.queue.append(item)

    def _qsize(self):
        return len(self.queue)

    # -- waiting ---------------------------------------------------------
    def _has_room(self):
        return self.is_shutdown or not (self.maxsize > 0 and self._qsize() >= self.maxsize)

    def _has_item(self):
        return self.is_shutdown or self._qsize() > 0

    def task_done(self):
        '''Indicate that a formerly enqueued task is complete.

        Used by Queue consumer threads.  For each get() used to fetch a task,
        a subsequent call to task_done() tells the queue that the processing
        on the task is complete.

        If a join() is currently blocking, it will resume when all items
        have been processed (meaning that a task_done() call was received
        for every item that had been put() into the queue).

        Raises a ValueError if called more times than there were items
        placed in the queue.
        '''
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1

    def join(self):
        '''Blocks until all items in the Queue have been gotten and processed.

        The count of unfinished tasks goes up whenever an item is added to the
        queue. The count goes down whenever a consumer thread calls task_done()
        to indicate the item was retrieved and all work on it is complete.

        When the count of unfinished tasks drops to zero, join() unblocks.
        '''
        _await(lambda: self.unfinished_tasks == 0, None)

    def qsize(self):
        '''Return the approximate size of the queue (not reliable!).'''
        return self._qsize()

    def empty(self):
        '''Return True if the queue is empty, False otherwise (not reliable!).

        This method is likely to be removed at some point.  Use qsize() == 0
        as a direct substitute, but be aware that either approach risks a race
        condition where a queue can grow before the result of empty() or
        qsize() can be used.

        To create code that needs to wait for all queued tasks to be
        completed, the preferred technique is to use the join() method.
        '''
        return not self._qsize()

    def full(self):
        '''Return True if the queue is full, False otherwise (not reliable!).

        This method is likely to be removed at some point.  Use qsize() >= n
        as a direct substitute, but be aware that either approach risks a race
        condition where a queue can shrink before the result of full() or
        qsize() can be used.
        '''
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        '''Put an item into the queue.

        If optional args 'block' is true and 'timeout' is None (the default),
        block if necessary until a free slot is available. If 'timeout' is
        a non-negative number, it blocks at most 'timeout' seconds and raises
        the Full exception if no free slot was available within that time.
        Otherwise ('block' is false), put an item on the queue if a free slot
        is immediately available, else raise the Full exception ('timeout'
        is ignored in that case).

        Raises ShutDown if the queue has been shut down.
        '''
        for attempt in (1, 2):
            if self.is_shutdown:
                raise ShutDown
            if self._has_room():
                self._put(item)
                self.unfinished_tasks += 1
                return
            # Full: wait once for room (or for a shutdown), then look again.
            if attempt == 1 and not _await(self._has_room, _allowed_wait(timeout) if block else 0):
                raise Full

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.

        If optional args 'block' is true and 'timeout' is None (the default),
        block if necessary until an item is available. If 'timeout' is
        a non-negative number, it blocks at most 'timeout' seconds and raises
        the Empty exception if no item was available within that time.
        Otherwise ('block' is false), return an item if one is immediately
        available, else raise the Empty exception ('timeout' is ignored
        in that case).

        Raises ShutDown if the queue has been shut down and is empty,
        or if the queue has been shut down immediately.
        '''
        if self.is_shutdown and not self._qsize():
            raise ShutDown
        wait = _allowed_wait(timeout) if block else 0
        if not _await(self._has_item, wait):
            raise Empty
        if not self._qsize():
            raise ShutDown
        return self._get()

    def put_nowait(self, item):
        '''Put an item into the queue without blocking.

        Only enqueue the item if a free slot is immediately available.
        Otherwise raise the Full exception.
        '''
        return self.put(item, False)

    def get_nowait(self):
        '''Remove and return an item from the queue without blocking.

        Only get an item if one is immediately available. Otherwise
        raise the Empty exception.
        '''
        return self.get(False)

    def shutdown(self, immediate=False):
        '''Shut-down the queue, making queue gets and puts raise ShutDown.

        By default, gets will only raise once the queue is empty. Set
        'immediate' to True to make gets raise immediately instead.

        All blocked callers of put() and get() will be unblocked.

        If 'immediate', the queue is drained and unfinished tasks
        is reduced by the number of drained tasks.  If unfinished tasks
        is reduced to zero, callers of Queue.join are unblocked.
        '''
        self.is_shutdown = True
        if not immediate:
            return
        dropped = 0
        while self._qsize():
            self._get()
            dropped += 1
        self.unfinished_tasks = max(0, self.unfinished_tasks - dropped)

    __class_getitem__ = classmethod(type(list[int]))


class PriorityQueue(Queue):
    '''Variant of Queue that retrieves open entries in priority order (lowest first).

    Entries are typically tuples of the form:  (priority number, data).
    '''

    _store_type = list

    def _get(self):
        return _heap_take(self.queue)

    def _put(self, item):
        _heap_add(self.queue, item)


class LifoQueue(Queue):
    '''Variant of Queue that retrieves most recently added entries first.'''

    _store_type = list

    def _get(self):
        return self.queue.pop()
