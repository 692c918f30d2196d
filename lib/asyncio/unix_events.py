"""The Unix event loop: the selector loop plus signal handlers."""

__all__ = ('SelectorEventLoop', 'EventLoop')

import errno
import io
import os
import selectors
import signal
import socket
import stat
import subprocess
import sys
import warnings

from . import base_events
from . import base_subprocess
from . import coroutines
from . import events
from . import exceptions
from . import selector_events
from . import tasks
from . import transports
from .log import logger
from .tasks import sleep


class _UnixSelectorEventLoop(selector_events.BaseSelectorEventLoop):
    """Signals are caught by a Python handler that queues the callback and
    writes to the loop's pipe, so a wait in the selector ends at once."""

    def __init__(self, selector=None):
        super().__init__(selector)
        self._signal_handlers = {}
        self._watcher = _ChildWatcher()

    def close(self):
        super().close()
        for sig in list(self._signal_handlers):
            self.remove_signal_handler(sig)

    # --- sendfile through os.sendfile ---

    async def _sock_sendfile_native(self, sock, file, offset, count):
        if not hasattr(os, 'sendfile'):
            raise exceptions.SendfileNotAvailableError('os.sendfile() is not available')
        try:
            fileno = file.fileno()
        except (AttributeError, io.UnsupportedOperation):
            raise exceptions.SendfileNotAvailableError('not a regular file')
        try:
            size = os.fstat(fileno).st_size
        except OSError:
            raise exceptions.SendfileNotAvailableError('not a regular file')
        if not (count or size):
            return 0
        job = _NativeSendfile(self, sock, fileno, offset, count, count or size)
        job.attempt(False)
        return await job.fut

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


    # --- pipes and child processes ---

    def _make_read_pipe_transport(self, pipe, protocol, waiter=None, extra=None):
        return _UnixReadPipeTransport(self, pipe, protocol, waiter, extra)

    def _make_write_pipe_transport(self, pipe, protocol, waiter=None, extra=None):
        return _UnixWritePipeTransport(self, pipe, protocol, waiter, extra)

    async def _make_subprocess_transport(self, protocol, args, shell, stdin, stdout,
                                         stderr, bufsize, extra=None, **kwargs):
        waiter = self.create_future()
        transport = _UnixSubprocessTransport(self, protocol, args, shell, stdin, stdout, stderr,
                                    bufsize, waiter=waiter, extra=extra, **kwargs)
        self._watcher.add_child_handler(self, transport.get_pid(), self._child_ended,
                                        transport)
        try:
            await waiter
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException:
            transport.close()
            await tasks.shield(transport._wait())
            raise
        return transport

    def _child_ended(self, pid, returncode, transport):
        transport._process_exited(returncode)

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


class _NativeSendfile:
    """One sock_sendfile() through os.sendfile: a call each time the socket
    is writable until count bytes (or the file's end) went; the file's
    position is then set after what was sent."""

    def __init__(self, loop, sock, fileno, offset, count, chunk):
        self.loop, self.sock, self.fileno = loop, sock, fileno
        self.offset, self.count, self.chunk = offset, count, chunk
        self.sent = 0
        self.fut = loop.create_future()
        self.fd = sock.fileno()
        self.fut.add_done_callback(self._on_done)

    def _on_done(self, fut):
        if fut.cancelled():
            fd = self.sock.fileno()
            if fd != -1:
                self.loop.remove_writer(fd)

    def _finish(self, exc=None):
        os.lseek(self.fileno, self.offset, os.SEEK_SET)
        if exc is None:
            self.fut.set_result(self.sent)
        else:
            self.fut.set_exception(exc)

    def attempt(self, again):
        if again:
            self.loop.remove_writer(self.fd)
        if self.fut.cancelled():
            os.lseek(self.fileno, self.offset, os.SEEK_SET)
            return
        if self.count:
            self.chunk = self.count - self.sent
            if self.chunk <= 0:
                self._finish()
                return
        try:
            n = os.sendfile(self.fd, self.fileno, self.offset, min(self.chunk, sys.maxsize // 2 + 1))
        except (BlockingIOError, InterruptedError):
            self.loop.add_writer(self.fd, self.attempt, True)
        except OSError as exc:
            if again and exc.errno == errno.ENOTCONN and type(exc) is not ConnectionError:
                lost = ConnectionError('socket is not connected', errno.ENOTCONN)
                lost.__cause__ = exc
                exc = lost
            self._finish(exc if self.sent else
                         exceptions.SendfileNotAvailableError('os.sendfile call failed'))
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._finish(exc)
        else:
            if n == 0:
                self._finish()
                return
            self.offset += n
            self.sent += n
            self.loop.add_writer(self.fd, self.attempt, True)


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


# --- pipes ---

def _is_pipe_like(fd, allow_char):
    mode = os.fstat(fd).st_mode
    return (stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) or
            (allow_char and stat.S_ISCHR(mode)))


def _watched_for(loop, fd, event):
    selector = getattr(loop, '_selector', None)
    if selector is None:
        return None
    try:
        return bool(selector.get_key(fd).events & event)
    except KeyError:
        return False


class _PipeEnd:
    """What both ends' transports share: their protocol, their closing
    state, and the file object they close at the end."""

    def __del__(self, _warn=warnings.warn):
        pipe = getattr(self, '_pipe', None)
        if pipe is not None:
            _warn(f'unclosed transport {self!r}', ResourceWarning, source=self)
            pipe.close()

    def _connection_lost(self, exc):
        protocol = self._protocol
        try:
            protocol.connection_lost(exc)
        finally:
            pipe, self._pipe = self._pipe, None
            pipe.close()
            self._protocol = self._loop = None

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def set_protocol(self, protocol):
        self._protocol = protocol

    def __repr__(self):
        # <class [closed|closing] fd=N state>: the state is closed, open (no
        # selector), or polling/idle (whether the selector watches the
        # descriptor for _shown_event) with the buffer size of a write end.
        state = 'closed' if self._pipe is None else 'closing' if self._closing else None
        parts = [type(self).__name__] + ([state] if state else []) + [f'fd={self._fileno}']
        if self._pipe is None:
            return '<' + ' '.join(parts + ['closed']) + '>'
        watched = _watched_for(self._loop, self._fileno, self._shown_event)
        if watched is None:
            parts.append('open')
        else:
            parts.append('polling' if watched else 'idle')
            if self._shown_event == selectors.EVENT_WRITE:
                parts.append(f'bufsize={self.get_write_buffer_size()}')
        return '<' + ' '.join(parts) + '>'


class _UnixReadPipeTransport(_PipeEnd, transports.ReadTransport):
    """Reads the read end of a pipe (or a socket, or a character device)."""

    max_size = 256 * 1024

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        super().__init__(extra)
        self._extra['pipe'] = pipe
        self._loop, self._pipe, self._protocol = loop, pipe, protocol
        self._fileno = pipe.fileno()
        self._closing = self._paused = False
        if not _is_pipe_like(self._fileno, True):
            self._pipe = self._fileno = self._protocol = None
            raise ValueError('Pipe transport is for pipes/sockets only.')
        os.set_blocking(self._fileno, False)
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._start_reading)
        if waiter is not None:
            loop.call_soon(selector_events._wake_waiter, waiter)

    _shown_event = selectors.EVENT_READ

    def _start_reading(self):
        if self.is_reading():
            self._loop._add_reader(self._fileno, self._read_ready)

    def is_reading(self):
        return not self._paused and not self._closing

    def pause_reading(self):
        if self.is_reading():
            self._paused = True
            self._loop._remove_reader(self._fileno)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._loop._add_reader(self._fileno, self._read_ready)

    def _read_ready(self):
        try:
            data = os.read(self._fileno, self.max_size)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._fatal_error(exc, 'Fatal read error on pipe transport')
            return
        if data:
            self._protocol.data_received(data)
            return
        # The writer went away: eof_received, then connection_lost.
        if self._loop.get_debug():
            logger.info('%r was closed by peer', self)
        self._closing = True
        self._loop._remove_reader(self._fileno)
        self._loop.call_soon(self._protocol.eof_received)
        self._loop.call_soon(self._connection_lost, None)

    def close(self):
        if not self._closing:
            self._shut(None)

    def _fatal_error(self, exc, message='Fatal error on pipe transport'):
        if not (isinstance(exc, OSError) and exc.errno == errno.EIO):
            self._loop.call_exception_handler({
                'message': message, 'exception': exc,
                'transport': self, 'protocol': self._protocol})
        self._shut(exc)

    def _shut(self, exc):
        self._closing = True
        self._loop._remove_reader(self._fileno)
        self._loop.call_soon(self._connection_lost, exc)


class _UnixWritePipeTransport(_PipeEnd, transports._WriteWaterMarks, transports.WriteTransport):
    """Writes to the write end of a pipe.  The loop also watches that end
    for reading: it turns readable when the reader has gone."""

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        super().__init__(extra)
        self._extra['pipe'] = pipe
        self._loop, self._pipe, self._protocol = loop, pipe, protocol
        self._fileno = pipe.fileno()
        self._buffer = bytearray()
        self._conn_lost = 0
        self._closing = False   # after close()/write_eof()
        self._init_water_marks()
        mode = os.fstat(self._fileno).st_mode
        if not _is_pipe_like(self._fileno, True):
            self._pipe = self._fileno = self._protocol = None
            raise ValueError('Pipe transport is only for pipes, sockets and character devices')
        os.set_blocking(self._fileno, False)
        loop.call_soon(protocol.connection_made, self)
        if stat.S_ISSOCK(mode) or stat.S_ISFIFO(mode):
            loop.call_soon(loop._add_reader, self._fileno, self._read_ready)
        if waiter is not None:
            loop.call_soon(selector_events._wake_waiter, waiter)

    _shown_event = selectors.EVENT_WRITE

    def get_write_buffer_size(self):
        return len(self._buffer)

    def _read_ready(self):
        # The reading end was closed.
        if self._loop.get_debug():
            logger.info('%r was closed by peer', self)
        self._shut(BrokenPipeError() if self._buffer else None)

    def write(self, data):
        assert isinstance(data, (bytes, bytearray, memoryview)), repr(data)
        if not len(data):
            return
        if self._closing or self._conn_lost:
            self._lost_write()
        elif self._buffer:
            self._buffer += data
            self._check_pause()
        else:
            rest = self._write_at_once(data)
            if rest:
                self._loop._add_writer(self._fileno, self._write_ready)
                self._buffer += rest
                self._check_pause()

    def _lost_write(self):
        if self._conn_lost >= 5:
            logger.warning('pipe closed by peer or os.write(pipe, data) raised exception.')
        self._conn_lost += 1

    def _write_at_once(self, data):
        """Write what the pipe takes now; return the rest (None on failure)."""
        try:
            written = os.write(self._fileno, data)
        except (BlockingIOError, InterruptedError):
            return data
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._conn_lost += 1
            self._fatal_error(exc, 'Fatal write error on pipe transport')
            return None
        return memoryview(data)[written:]

    def _write_ready(self):
        try:
            written = os.write(self._fileno, self._buffer)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._buffer.clear()
            self._conn_lost += 1
            self._loop._remove_writer(self._fileno)
            self._fatal_error(exc, 'Fatal write error on pipe transport')
            return
        if written < len(self._buffer):
            del self._buffer[:written]
            return
        self._buffer.clear()
        self._loop._remove_writer(self._fileno)
        self._check_resume()
        if self._closing:
            self._loop._remove_reader(self._fileno)
            self._connection_lost(None)

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing:
            return
        self._closing = True
        if not self._buffer:
            self._loop._remove_reader(self._fileno)
            self._loop.call_soon(self._connection_lost, None)

    def close(self):
        if self._pipe is not None and not self._closing:
            self.write_eof()

    def abort(self):
        self._shut(None)

    def _fatal_error(self, exc, message='Fatal error on pipe transport'):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message, 'exception': exc,
                'transport': self, 'protocol': self._protocol})
        self._shut(exc)

    def _shut(self, exc=None):
        self._closing = True
        if self._buffer:
            self._loop._remove_writer(self._fileno)
        self._buffer.clear()
        self._loop._remove_reader(self._fileno)
        self._loop.call_soon(self._connection_lost, exc)



# --- child processes ---

class _UnixSubprocessTransport(base_subprocess.BaseSubprocessTransport):
    """A child started by subprocess.Popen."""

    def _start(self, args, shell, stdin, stdout, stderr, bufsize, **kwargs):
        self._popen = subprocess.Popen(args, shell=shell, stdin=stdin, stdout=stdout,
                                       stderr=stderr, universal_newlines=False,
                                       bufsize=bufsize, **kwargs)


class _ChildWatcher:
    """Learns when children end: from a pidfd that turns readable, or, where
    pidfds are refused, from SIGCHLD and a waitpid() poll of each child."""

    def __init__(self):
        self._by_signal = {}     # pid -> (callback, args), watched through SIGCHLD

    def add_child_handler(self, loop, pid, callback, *args):
        try:
            pidfd = os.pidfd_open(pid)
        except OSError:
            self._by_signal[pid] = (callback, args)
            if len(self._by_signal) == 1:
                loop.add_signal_handler(signal.SIGCHLD, self._on_sigchld, loop)
            self._on_sigchld(loop)    # it may have ended already
            return
        loop._add_reader(pidfd, self._pidfd_ready, loop, pid, pidfd, callback, args)

    def _pidfd_ready(self, loop, pid, pidfd, callback, args):
        loop._remove_reader(pidfd)
        try:
            returncode = self._reap(pid, 0)
        finally:
            os.close(pidfd)
        callback(pid, returncode, *args)

    @staticmethod
    def _reap(pid, options):
        """The child's exit code; None if it still runs (WNOHANG)."""
        try:
            got, status = os.waitpid(pid, options)
        except ChildProcessError:
            logger.warning('child process pid %d exit status already read:  '
                           'will report returncode 255', pid)
            return 255
        if got == 0:
            return None
        return os.waitstatus_to_exitcode(status)

    def _on_sigchld(self, loop):
        for pid in list(self._by_signal):
            returncode = self._reap(pid, os.WNOHANG)
            if returncode is None:
                continue
            callback, args = self._by_signal.pop(pid)
            if not self._by_signal and not loop.is_closed():
                loop.remove_signal_handler(signal.SIGCHLD)
            callback(pid, returncode, *args)
