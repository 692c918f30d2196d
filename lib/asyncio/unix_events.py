"""The Unix event loop: the selector loop plus signal handlers."""

__all__ = ('SelectorEventLoop', 'EventLoop')

import os
import signal
import socket
import stat

from . import base_events
from . import coroutines
from . import events
from . import selector_events
from .tasks import sleep


class _UnixSelectorEventLoop(selector_events.BaseSelectorEventLoop):
    """Signals are caught by a Python handler that queues the callback and
    writes to the loop's pipe, so a wait in the selector ends at once."""

    def __init__(self, selector=None):
        super().__init__(selector)
        self._signal_handlers = {}

    def close(self):
        super().close()
        for sig in list(self._signal_handlers):
            self.remove_signal_handler(sig)

    def _check_signal(self, sig):
        if not isinstance(sig, int):
            raise TypeError(f'sig must be an int, not {sig!r}')
        if sig not in signal.valid_signals():
            raise ValueError(f'invalid signal number {sig}')

    def _on_signal(self, signum, frame):
        handle = self._signal_handlers.get(signum)
        if handle is None:
            return
        if handle._cancelled:
            self.remove_signal_handler(signum)
            return
        self._ready.append(handle)
        self._write_to_self()

    def add_signal_handler(self, sig, callback, *args):
        """Run callback(*args) from the loop each time signal sig arrives."""
        if coroutines.iscoroutine(callback) or coroutines._iscoroutinefunction(callback):
            raise TypeError('coroutines cannot be used with add_signal_handler()')
        self._check_signal(sig)
        self._check_closed()
        self._signal_handlers[sig] = events.Handle(callback, args, self, None)
        try:
            signal.signal(sig, self._on_signal)
        except OSError as exc:
            del self._signal_handlers[sig]
            if exc.errno == 22:
                raise RuntimeError(f'sig {sig:d} cannot be caught')
            raise

    def remove_signal_handler(self, sig):
        """Drop the handler of sig; True if there was one."""
        self._check_signal(sig)
        if self._signal_handlers.pop(sig, None) is None:
            return False
        default = signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL
        try:
            signal.signal(sig, default)
        except OSError as exc:
            if exc.errno == 22:
                raise RuntimeError(f'sig {sig:d} cannot be caught')
            raise
        return True


    # --- Unix domain sockets ---

    async def create_unix_connection(self, protocol_factory, path=None, *, ssl=None,
                                     sock=None, server_hostname=None,
                                     ssl_handshake_timeout=None,
                                     ssl_shutdown_timeout=None):
        """Connect to the Unix socket path; return (transport, protocol)."""
        if ssl:
            raise ValueError('ssl is not supported')
        if server_hostname is not None:
            raise ValueError('server_hostname is only meaningful with ssl')
        if path is not None:
            if sock is not None:
                raise ValueError('path and sock can not be specified at the same time')
            path = os.fspath(path)
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, 0)
            try:
                sock.setblocking(False)
                await self.sock_connect(sock, path)
            except BaseException:
                sock.close()
                raise
        else:
            if sock is None:
                raise ValueError('no path and sock were specified')
            if sock.family != socket.AF_UNIX or sock.type != socket.SOCK_STREAM:
                raise ValueError(f'A UNIX Domain Stream Socket was expected, got {sock!r}')
        return await self._transport_for(sock, protocol_factory)

    async def create_unix_server(self, protocol_factory, path=None, *, sock=None,
                                 backlog=100, ssl=None, ssl_handshake_timeout=None,
                                 ssl_shutdown_timeout=None, start_serving=True,
                                 cleanup_socket=True):
        """Listen on the Unix socket path; return a Server."""
        if isinstance(ssl, bool):
            raise TypeError('ssl argument must be an SSLContext or None')
        if ssl:
            raise ValueError('ssl is not supported')
        if path is not None:
            if sock is not None:
                raise ValueError('path and sock can not be specified at the same time')
            path = os.fspath(path)
            if path[0] not in (0, '\x00'):
                _remove_stale_socket(path)
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                sock.bind(path)
            except OSError as exc:
                sock.close()
                if exc.errno == 98:
                    raise OSError(exc.errno, f'Address {path!r} is already in use') from None
                raise
            except BaseException:
                sock.close()
                raise
        else:
            if sock is None:
                raise ValueError('path was not specified, and no sock specified')
            if sock.family != socket.AF_UNIX or sock.type != socket.SOCK_STREAM:
                raise ValueError(f'A UNIX Domain Stream Socket was expected, got {sock!r}')
        sock.setblocking(False)
        server = _UnixServer(self, [sock], protocol_factory, ssl, backlog,
                             ssl_handshake_timeout, ssl_shutdown_timeout)
        if cleanup_socket:
            server._unlink_on_close = sock.getsockname()
        if start_serving:
            server._start_serving()
            await sleep(0)
        return server


def _remove_stale_socket(path):
    try:
        if stat.S_ISSOCK(os.stat(path).st_mode):
            os.remove(path)
    except FileNotFoundError:
        pass


class _UnixServer(base_events.Server):
    """A server on a Unix socket, whose file goes when it closes."""

    _unlink_on_close = None

    def close(self):
        path, self._unlink_on_close = self._unlink_on_close, None
        super().close()
        if path and isinstance(path, str) and path[0] != '\x00':
            try:
                os.unlink(path)
            except OSError:
                pass


SelectorEventLoop = _UnixSelectorEventLoop
EventLoop = SelectorEventLoop


class _UnixDefaultEventLoopPolicy(events._BaseDefaultEventLoopPolicy):
    """UNIX event loop policy"""
    _loop_factory = _UnixSelectorEventLoop


_DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
