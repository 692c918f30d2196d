"""Selectors module.

This module allows high-level and efficient I/O multiplexing, built upon the
`select` module primitives.
"""

# Every selector keeps one table, descriptor -> SelectorKey, and tells the
# kernel object it wraps (none for select(), a poll or an epoll object) about
# each change through the hooks _kernel_add, _kernel_drop, _kernel_wait and
# _change_events.  The class names and their order in each MRO are the ones
# programs see in CPython.

import select
from abc import ABCMeta, abstractmethod

__all__ = ['EVENT_READ', 'EVENT_WRITE', 'SelectorKey', 'BaseSelector', 'SelectSelector',
           'PollSelector', 'EpollSelector', 'DefaultSelector']

EVENT_READ = 1
EVENT_WRITE = 2
_ALL_EVENTS = EVENT_READ + EVENT_WRITE


def _descriptor(fileobj):
    """The descriptor behind fileobj: an int itself, or what fileno() says."""
    if not isinstance(fileobj, int):
        try:
            fileobj = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError(f"Invalid file object: {fileobj!r}") from None
    if fileobj < 0:
        raise ValueError(f"Invalid file descriptor: {fileobj}")
    return fileobj


def _millis_up(seconds):
    """seconds as a whole number of milliseconds, rounded away from zero."""
    ms = seconds * 1000.0
    whole = int(ms)
    return whole + 1 if whole < ms else whole


class SelectorKey(tuple):
    """SelectorKey(fileobj, fd, events, data)

    Object used to associate a file object to its backing
    file descriptor, selected event mask, and attached data.
    """

    __slots__ = ()
    _fields = ('fileobj', 'fd', 'events', 'data')
    _field_defaults = {}
    __match_args__ = _fields

    def __new__(cls, fileobj, fd, events, data):
        return tuple.__new__(cls, (fileobj, fd, events, data))

    fileobj = property(lambda self: self[0], doc="File object registered.")
    fd = property(lambda self: self[1], doc="Underlying file descriptor.")
    events = property(lambda self: self[2], doc="Events to wait for on this file object.")
    data = property(lambda self: self[3],
                    doc="Optional opaque data associated to this file object.\n"
                        "For example, this could be used to store a per-client session ID.")

    def __repr__(self):
        inner = ', '.join(f'{name}={value!r}' for name, value in zip(self._fields, self))
        return f'{type(self).__name__}({inner})'

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != 4:
            raise TypeError(f'Expected 4 arguments, got {len(values)}')
        return tuple.__new__(cls, values)

    def _replace(self, /, **changes):
        fresh = [changes.pop(name, old) for name, old in zip(self._fields, self)]
        if changes:
            raise TypeError(f'Got unexpected field names: {list(changes)!r}')
        return self._make(fresh)

    __replace__ = _replace

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)


class _SelectorMapping:
    """Mapping of file objects to selector keys."""

    __slots__ = ('_owner',)

    def __init__(self, owner):
        self._owner = owner

    def __len__(self):
        return len(self._owner._by_fd)

    def __iter__(self):
        return iter(self._owner._by_fd)

    def __getitem__(self, fileobj):
        return self._owner._key_of(fileobj)

    def get(self, fileobj, default=None):
        try:
            return self._owner._key_of(fileobj)
        except KeyError:
            return default

    def __contains__(self, fileobj):
        return self.get(fileobj) is not None

    def keys(self):
        return self._owner._by_fd.keys()

    def values(self):
        return self._owner._by_fd.values()

    def items(self):
        return self._owner._by_fd.items()

    def __eq__(self, other):
        table = self._owner._by_fd
        if isinstance(other, _SelectorMapping):
            return table == other._owner._by_fd
        return table == other if isinstance(other, dict) else NotImplemented

    __hash__ = None


class BaseSelector(metaclass=ABCMeta):
    """Selector abstract base class.

    A selector supports registering file objects to be monitored for specific
    I/O events.

    A file object is a file descriptor or any object with a `fileno()` method.
    An arbitrary object can be attached to the file object, which can be used
    for example to store context information, a callback, etc.

    A selector can use various implementations (select(), poll(), epoll()...)
    depending on the platform. The default `Selector` class uses the most
    efficient implementation on the current platform.
    """

    @abstractmethod
    def register(self, fileobj, events, data=None):
        raise NotImplementedError

    @abstractmethod
    def unregister(self, fileobj):
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abstractmethod
    def select(self, timeout=None):
        raise NotImplementedError

    def close(self):
        pass

    def get_key(self, fileobj):
        table = self.get_map()
        if table is None:
            raise RuntimeError('Selector is closed')
        try:
            return table[fileobj]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    @abstractmethod
    def get_map(self):
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _BaseSelectorImpl(BaseSelector):
    """The descriptor table every concrete selector shares, and the hooks
    through which it keeps the kernel's view in step."""

    def __init__(self):
        self._by_fd = {}
        self._view = _SelectorMapping(self)

    def _fd_for(self, fileobj):
        # a file object closed since it was registered has no fileno() any
        # more, but it can still be found (and unregistered) by identity
        try:
            return _descriptor(fileobj)
        except ValueError:
            found = [fd for fd, key in self._by_fd.items() if key.fileobj is fileobj]
            if not found:
                raise
            return found[0]

    def _key_of(self, fileobj):
        key = self._by_fd.get(self._fd_for(fileobj))
        if key is None:
            raise KeyError(f"{fileobj!r} is not registered")
        return key

    # the kernel hooks; select() needs no kernel object, only the two sets
    def _kernel_add(self, fd, events):
        pass

    def _kernel_drop(self, fd):
        pass

    def register(self, fileobj, events, data=None):
        if not events or events & ~_ALL_EVENTS:
            raise ValueError(f"Invalid events: {events!r}")
        fd = self._fd_for(fileobj)
        if fd in self._by_fd:
            raise KeyError(f"{fileobj!r} (FD {fd}) is already registered")
        key = SelectorKey(fileobj, fd, events, data)
        self._by_fd[fd] = key
        try:
            self._kernel_add(fd, events)
        except BaseException:
            del self._by_fd[fd]
            raise
        return key

    def unregister(self, fileobj):
        try:
            key = self._key_of(fileobj)
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None
        del self._by_fd[key.fd]
        self._kernel_drop(key.fd)
        return key

    def modify(self, fileobj, events, data=None):
        try:
            old = self._key_of(fileobj)
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None
        if events != old.events:
            return self._change_events(old, events, data)
        if data != old.data:
            old = self._by_fd[old.fd] = SelectorKey(old.fileobj, old.fd, events, data)
        return old

    def _change_events(self, old, events, data):
        # register() checks the new events; the file stays unregistered if
        # they are bad
        self.unregister(old.fileobj)
        return self.register(old.fileobj, events, data)

    def select(self, timeout=None):
        try:
            ready = self._kernel_wait(timeout)
        except InterruptedError:
            return []
        result = []
        for fd, events in ready:
            key = self._by_fd.get(fd)
            if key is not None:
                result.append((key, events & key.events))
        return result

    def close(self):
        self._by_fd.clear()
        self._view = None

    def get_map(self):
        return self._view


class SelectSelector(_BaseSelectorImpl):
    """Select-based selector."""

    def __init__(self):
        super().__init__()
        self._readers = set()
        self._writers = set()

    def _kernel_add(self, fd, events):
        if events & EVENT_READ:
            self._readers.add(fd)
        if events & EVENT_WRITE:
            self._writers.add(fd)

    def _kernel_drop(self, fd):
        self._readers.discard(fd)
        self._writers.discard(fd)

    def _kernel_wait(self, timeout):
        if timeout is not None and timeout < 0:
            timeout = 0
        can_read, can_write, _ = select.select(self._readers, self._writers, [], timeout)
        events = dict.fromkeys(can_read, EVENT_READ)
        for fd in can_write:
            events[fd] = events.get(fd, 0) | EVENT_WRITE
        return events.items()


class _PollLikeSelector(_BaseSelectorImpl):
    """A selector over a kernel object that keeps its own registrations: the
    subclasses name the object's class and its two event bits."""

    _kernel_class = None
    _READ_BIT = _WRITE_BIT = 0

    def __init__(self):
        super().__init__()
        self._kernel = self._kernel_class()

    def _to_kernel(self, events):
        bits = 0
        if events & EVENT_READ:
            bits |= self._READ_BIT
        if events & EVENT_WRITE:
            bits |= self._WRITE_BIT
        return bits

    def _from_kernel(self, bits):
        # a hang-up or an error wakes readers and writers alike
        events = 0
        if bits & ~self._WRITE_BIT:
            events |= EVENT_READ
        if bits & ~self._READ_BIT:
            events |= EVENT_WRITE
        return events

    def _kernel_add(self, fd, events):
        self._kernel.register(fd, self._to_kernel(events))

    def _change_events(self, old, events, data):
        # the kernel object takes any bits it knows, unchecked, as CPython's
        try:
            self._kernel.modify(old.fd, self._to_kernel(events))
        except BaseException:
            del self._by_fd[old.fd]
            raise
        new = self._by_fd[old.fd] = SelectorKey(old.fileobj, old.fd, events, data)
        return new

    def _kernel_drop(self, fd):
        try:
            self._kernel.unregister(fd)
        except OSError:
            pass  # closed before it was unregistered: the kernel forgot it

    def _kernel_wait(self, timeout):
        # poll() takes whole milliseconds, None to block
        if timeout is not None:
            timeout = _millis_up(timeout) if timeout > 0 else 0
        return [(fd, self._from_kernel(bits)) for fd, bits in self._kernel.poll(timeout)]


class PollSelector(_PollLikeSelector):
    """Poll-based selector."""
    _kernel_class = select.poll
    _READ_BIT = select.POLLIN
    _WRITE_BIT = select.POLLOUT


class EpollSelector(_PollLikeSelector):
    """Epoll-based selector."""
    _kernel_class = select.epoll
    _READ_BIT = select.EPOLLIN
    _WRITE_BIT = select.EPOLLOUT

    def fileno(self):
        return self._kernel.fileno()

    def _kernel_wait(self, timeout):
        # epoll takes seconds (-1 to block), here rounded up to the millisecond,
        # and wants room for at least one event
        if timeout is None:
            timeout = -1
        else:
            timeout = _millis_up(timeout) / 1000 if timeout > 0 else 0
        room = len(self._by_fd) or 1
        return [(fd, self._from_kernel(bits)) for fd, bits in self._kernel.poll(timeout, room)]

    def close(self):
        self._kernel.close()
        super().close()


DefaultSelector = EpollSelector
