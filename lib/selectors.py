"""Selectors module.

This module allows high-level and efficient I/O multiplexing, built upon the
`select` module primitives.
"""

import select

__all__ = ['EVENT_READ', 'EVENT_WRITE', 'SelectorKey', 'BaseSelector', 'SelectSelector',
           'PollSelector', 'EpollSelector', 'DefaultSelector']

# the events a selector reports
EVENT_READ = (1 << 0)
EVENT_WRITE = (1 << 1)
_EVENTS = EVENT_READ | EVENT_WRITE


def _ceil(x):
    n = int(x)
    return n + (n < x)


def _fileobj_to_fd(fileobj):
    """The file descriptor of fileobj: itself if an int, else its fileno()."""
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError(f"Invalid file object: {fileobj!r}") from None
    if fd < 0:
        raise ValueError(f"Invalid file descriptor: {fd}")
    return fd


class SelectorKey(tuple):
    """SelectorKey(fileobj, fd, events, data)

    Object used to associate a file object to its backing
    file descriptor, selected event mask, and attached data.
    """

    __slots__ = ()
    _fields = ('fileobj', 'fd', 'events', 'data')
    __match_args__ = _fields

    def __new__(cls, fileobj, fd, events, data):
        return tuple.__new__(cls, (fileobj, fd, events, data))

    @property
    def fileobj(self):
        """File object registered."""
        return self[0]

    @property
    def fd(self):
        """Underlying file descriptor."""
        return self[1]

    @property
    def events(self):
        """Events to wait for on this file object."""
        return self[2]

    @property
    def data(self):
        """Optional opaque data associated to this file object.
        For example, this could be used to store a per-client session ID."""
        return self[3]

    def __repr__(self):
        return 'SelectorKey(fileobj=%r, fd=%r, events=%r, data=%r)' % tuple(self)

    def _replace(self, **changes):
        values = [changes.pop(name, value) for name, value in zip(self._fields, self)]
        if changes:
            raise TypeError(f'Got unexpected field names: {list(changes)!r}')
        return type(self)(*values)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    __replace__ = _replace


class _SelectorMapping:
    """Mapping of file objects to selector keys."""

    __slots__ = ('_selector',)

    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._fd_to_key)

    def get(self, fileobj, default=None):
        fd = self._selector._fileobj_lookup(fileobj)
        return self._selector._fd_to_key.get(fd, default)

    def __getitem__(self, fileobj):
        fd = self._selector._fileobj_lookup(fileobj)
        key = self._selector._fd_to_key.get(fd)
        if key is None:
            raise KeyError(f"{fileobj!r} is not registered")
        return key

    def __iter__(self):
        return iter(self._selector._fd_to_key)

    def __contains__(self, fileobj):
        try:
            self[fileobj]
        except KeyError:
            return False
        return True

    def keys(self):
        return self._selector._fd_to_key.keys()

    def values(self):
        return self._selector._fd_to_key.values()

    def items(self):
        return self._selector._fd_to_key.items()

    def __eq__(self, other):
        if isinstance(other, _SelectorMapping):
            other = other._selector._fd_to_key
        if not isinstance(other, dict):
            return NotImplemented
        return self._selector._fd_to_key == other

    __hash__ = None


class BaseSelector:
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

    _abstract = ('register', 'unregister', 'select', 'get_map')

    def __new__(cls, *args, **kwargs):
        missing = sorted(name for name in cls._abstract
                         if getattr(getattr(cls, name), '__isabstractmethod__', False))
        if missing:
            names = ', '.join(repr(name) for name in missing)
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} without an implementation "
                            f"for abstract method{'s' if len(missing) > 1 else ''} {names}")
        return object.__new__(cls)

    def register(self, fileobj, events, data=None):
        raise NotImplementedError
    register.__isabstractmethod__ = True

    def unregister(self, fileobj):
        raise NotImplementedError
    unregister.__isabstractmethod__ = True

    def modify(self, fileobj, events, data=None):
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    def select(self, timeout=None):
        raise NotImplementedError
    select.__isabstractmethod__ = True

    def close(self):
        pass

    def get_key(self, fileobj):
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError('Selector is closed')
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    def get_map(self):
        raise NotImplementedError
    get_map.__isabstractmethod__ = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _BaseSelectorImpl(BaseSelector):
    """The bookkeeping every selector shares: the keys by descriptor."""

    def __init__(self):
        self._fd_to_key = {}
        self._map = _SelectorMapping(self)

    def _fileobj_lookup(self, fileobj):
        # a closed file object can still be found by identity, to unregister it
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            for key in self._fd_to_key.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if not events or events & ~_EVENTS:
            raise ValueError(f"Invalid events: {events!r}")
        key = SelectorKey(fileobj, self._fileobj_lookup(fileobj), events, data)
        if key.fd in self._fd_to_key:
            raise KeyError(f"{fileobj!r} (FD {key.fd}) is already registered")
        self._fd_to_key[key.fd] = key
        return key

    def unregister(self, fileobj):
        try:
            return self._fd_to_key.pop(self._fileobj_lookup(fileobj))
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    def _registered(self, fileobj):
        try:
            return self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    def modify(self, fileobj, events, data=None):
        key = self._registered(fileobj)
        if events != key.events:
            self.unregister(fileobj)
            return self.register(fileobj, events, data)
        if data != key.data:
            key = key._replace(data=data)
            self._fd_to_key[key.fd] = key
        return key

    def close(self):
        self._fd_to_key.clear()
        self._map = None

    def get_map(self):
        return self._map

    def _ready(self, pairs):
        """(key, events) for each (fd, events) pair of a registered fd."""
        ready = []
        for fd, events in pairs:
            key = self._fd_to_key.get(fd)
            if key:
                ready.append((key, events & key.events))
        return ready


class SelectSelector(_BaseSelectorImpl):
    """Select-based selector."""

    def __init__(self):
        super().__init__()
        self._readers = set()
        self._writers = set()

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        if events & EVENT_READ:
            self._readers.add(key.fd)
        if events & EVENT_WRITE:
            self._writers.add(key.fd)
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        self._readers.discard(key.fd)
        self._writers.discard(key.fd)
        return key

    _select = select.select

    def select(self, timeout=None):
        if timeout is not None:
            timeout = max(timeout, 0)
        try:
            r, w, _ = self._select(self._readers, self._writers, [], timeout)
        except InterruptedError:
            return []
        r = frozenset(r)
        w = frozenset(w)
        return self._ready((fd, (fd in r and EVENT_READ) | (fd in w and EVENT_WRITE)) for fd in r | w)


class _PollLikeSelector(_BaseSelectorImpl):
    """The selectors over an object of the select module that registers
    descriptors (poll, epoll)."""

    _selector_cls = None
    _EVENT_READ = None
    _EVENT_WRITE = None

    def __init__(self):
        super().__init__()
        self._selector = self._selector_cls()

    def _mask(self, events):
        return (events & EVENT_READ and self._EVENT_READ) | (events & EVENT_WRITE and self._EVENT_WRITE)

    def _events(self, mask):
        return (mask & ~self._EVENT_READ and EVENT_WRITE) | (mask & ~self._EVENT_WRITE and EVENT_READ)

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        try:
            self._selector.register(key.fd, self._mask(events))
        except:
            super().unregister(fileobj)
            raise
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        try:
            self._selector.unregister(key.fd)
        except OSError:
            # the descriptor may have been closed already
            pass
        return key

    def modify(self, fileobj, events, data=None):
        key = self._registered(fileobj)
        changed = False
        if events != key.events:
            try:
                self._selector.modify(key.fd, self._mask(events))
            except:
                super().unregister(fileobj)
                raise
            changed = True
        if data != key.data:
            changed = True
        if changed:
            key = key._replace(events=events, data=data)
            self._fd_to_key[key.fd] = key
        return key

    def _wait(self, timeout):
        # poll() counts milliseconds
        if timeout is not None:
            timeout = 0 if timeout <= 0 else _ceil(timeout * 1e3)
        return self._selector.poll(timeout)

    def select(self, timeout=None):
        try:
            pairs = self._wait(timeout)
        except InterruptedError:
            return []
        return self._ready((fd, self._events(mask)) for fd, mask in pairs)


class PollSelector(_PollLikeSelector):
    """Poll-based selector."""
    _selector_cls = select.poll
    _EVENT_READ = select.POLLIN
    _EVENT_WRITE = select.POLLOUT


class EpollSelector(_PollLikeSelector):
    """Epoll-based selector."""
    _selector_cls = select.epoll
    _EVENT_READ = select.EPOLLIN
    _EVENT_WRITE = select.EPOLLOUT

    def fileno(self):
        return self._selector.fileno()

    def _wait(self, timeout):
        # epoll counts seconds, rounded up to the millisecond
        if timeout is None:
            timeout = -1
        elif timeout <= 0:
            timeout = 0
        else:
            timeout = _ceil(timeout * 1e3) * 1e-3
        return self._selector.poll(timeout, max(len(self._fd_to_key), 1))

    def close(self):
        self._selector.close()
        super().close()


DefaultSelector = EpollSelector
