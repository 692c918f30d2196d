"""C implementation of the Python queue module.
This module is an implementation detail, please do not use it directly."""

# SimpleQueue for a program with a single thread: nothing but a signal
# handler can fill an empty queue, so get() polls for one until its time
# runs out (for ever without a time-out) as CPython's would wait.

from _thread import _await


class Empty(Exception):
    "Exception raised by Queue.get(block=0)/get_nowait()."


class SimpleQueue:
    """Simple, unbounded, reentrant FIFO queue."""

    __slots__ = ("_items", "_head", "__weakref__")

    def __new__(cls, *args, **kwargs):
        if args and cls is SimpleQueue:
            raise TypeError("SimpleQueue() takes no positional arguments")
        if kwargs and cls is SimpleQueue:
            raise TypeError("SimpleQueue() takes no keyword arguments")
        self = object.__new__(cls)
        self._items = []
        self._head = 0
        return self

    def _size(self):
        return len(self._items) - self._head

    def put(self, item, block=True, timeout=None):
        """Put the item on the queue.

The optional 'block' and 'timeout' arguments are ignored, as this
method never blocks.  They are provided for compatibility with the
Queue class."""
        self._items.append(item)

    def put_nowait(self, item):
        """Put an item into the queue without blocking.

This is exactly equivalent to `put(item)` and is only provided
for compatibility with the Queue class."""
        self._items.append(item)

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue.

If optional args 'block' is true and 'timeout' is None (the
default), block if necessary until an item is available.  If
'timeout' is a non-negative number, it blocks at most 'timeout'
seconds and raises the Empty exception if no item was available
within that time.
Otherwise ('block' is false), return an item if one is immediately
available, else raise the Empty exception ('timeout' is ignored
in that case)."""
        seconds = 0 if not block else _seconds(timeout)
        if not _await(self._size, seconds):
            raise Empty
        item = self._items[self._head]
        self._items[self._head] = None
        self._head += 1
        # Drop the consumed prefix once it is the larger part of the list.
        if self._head * 2 >= len(self._items):
            del self._items[:self._head]
            self._head = 0
        return item

    def get_nowait(self):
        """Remove and return an item from the queue without blocking.

Only get an item if one is immediately available. Otherwise
raise the Empty exception."""
        return self.get(False)

    def empty(self):
        "Return True if the queue is empty, False otherwise (not reliable!)."
        return self._size() == 0

    def qsize(self):
        "Return the approximate size of the queue (not reliable!)."
        return self._size()

    __class_getitem__ = classmethod(type(list[int]))


def _seconds(timeout):
    """The wait a blocking get() allows: None (for ever) or seconds."""
    if timeout is None:
        return None
    if not isinstance(timeout, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer or float"
                        % type(timeout).__name__)
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    return timeout
