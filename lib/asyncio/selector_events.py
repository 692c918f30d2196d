"""An event loop waiting in a selector, with readers and writers on descriptors."""

__all__ = ()

import os
import selectors

from . import base_events
from . import events


class BaseSelectorEventLoop(base_events.BaseEventLoop):
    """The loop's waits happen in a selector; a pipe to itself wakes it."""

    def __init__(self, selector=None):
        super().__init__()
        self._selector = selectors.DefaultSelector() if selector is None else selector
        self._watched = 0       # descriptors registered in the selector
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_r, False)
        os.set_blocking(self._wake_w, False)
        self._add_reader(self._wake_r, self._read_from_self)

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self.is_closed():
            return
        if self._wake_r is not None:
            self._remove_reader(self._wake_r)
            os.close(self._wake_r)
            os.close(self._wake_w)
            self._wake_r = self._wake_w = None
        super().close()
        if self._selector is not None:
            self._selector.close()
            self._selector = None

    def _read_from_self(self):
        while True:
            try:
                data = os.read(self._wake_r, 4096)
            except (BlockingIOError, InterruptedError):
                return
            if not data:
                return
            self._process_self_data(data)

    def _process_self_data(self, data):
        pass

    def _write_to_self(self):
        if self._wake_w is not None:
            try:
                os.write(self._wake_w, b'\0')
            except OSError:
                pass

    def _wait_for_events(self, timeout):
        # With only the wake-up pipe registered and no wait, polling could
        # at most queue the pipe's reader, which does nothing visible (a
        # signal queues its callback itself): skip the system call.
        if timeout == 0 and self._watched <= 1:
            return ()
        return self._selector.select(timeout)

    def _process_events(self, event_list):
        for key, mask in event_list:
            reader, writer = key.data
            if mask & selectors.EVENT_READ and reader is not None:
                if reader._cancelled:
                    self._remove_reader(key.fileobj)
                else:
                    self._add_callback(reader)
            if mask & selectors.EVENT_WRITE and writer is not None:
                if writer._cancelled:
                    self._remove_writer(key.fileobj)
                else:
                    self._add_callback(writer)

    # --- readers and writers ---

    def _watch(self, fd, which, callback, args):
        """Make handle the reader (which=0) or writer (which=1) of fd."""
        self._check_closed()
        handle = events.Handle(callback, args, self, None)
        flag = (selectors.EVENT_READ, selectors.EVENT_WRITE)[which]
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            pair = [None, None]
            pair[which] = handle
            self._selector.register(fd, flag, tuple(pair))
            self._watched += 1
            return handle
        pair = list(key.data)
        old = pair[which]
        pair[which] = handle
        self._selector.modify(fd, key.events | flag, tuple(pair))
        if old is not None:
            old.cancel()
        return handle

    def _unwatch(self, fd, which):
        if self.is_closed():
            return False
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            return False
        pair = list(key.data)
        old = pair[which]
        pair[which] = None
        mask = key.events & ~(selectors.EVENT_READ, selectors.EVENT_WRITE)[which]
        if mask:
            self._selector.modify(fd, mask, tuple(pair))
        else:
            self._selector.unregister(fd)
            self._watched -= 1
        if old is None:
            return False
        old.cancel()
        return True

    def _add_reader(self, fd, callback, *args):
        return self._watch(fd, 0, callback, args)

    def _remove_reader(self, fd):
        return self._unwatch(fd, 0)

    def _add_writer(self, fd, callback, *args):
        return self._watch(fd, 1, callback, args)

    def _remove_writer(self, fd):
        return self._unwatch(fd, 1)

    def add_reader(self, fd, callback, *args):
        """Call callback(*args) whenever fd is readable."""
        self._add_reader(fd, callback, *args)

    def remove_reader(self, fd):
        return self._remove_reader(fd)

    def add_writer(self, fd, callback, *args):
        """Call callback(*args) whenever fd is writable."""
        self._add_writer(fd, callback, *args)

    def remove_writer(self, fd):
        return self._remove_writer(fd)
