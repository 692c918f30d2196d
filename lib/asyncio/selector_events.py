"""An event loop waiting in a selector, with readers and writers on descriptors."""

__all__ = ()

import collections
import errno
import os
import selectors
import socket
import warnings

from . import base_events
from . import events
from . import futures
from . import protocols
from . import transports
from .log import logger


class BaseSelectorEventLoop(base_events.BaseEventLoop):
    """The loop's waits happen in a selector; a pipe to itself wakes it."""

    def __init__(self, selector=None):
        super().__init__()
        self._selector = selectors.DefaultSelector() if selector is None else selector
        logger.debug('Using selector: %s', type(self._selector).__name__)
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

    def _watches(self, fd, event):
        """Whether the selector watches fd for event (EVENT_READ/EVENT_WRITE)."""
        try:
            return bool(self._selector.get_key(fd).events & event)
        except (KeyError, ValueError):
            return False

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

    # --- coroutines on non-blocking sockets ---

    async def _when_ready(self, sock, which, attempt, now=True):
        """Run attempt() now (unless now is false), or each time sock is
        ready (reader which=0, writer which=1) until it stops raising
        BlockingIOError."""
        if now:
            try:
                return attempt()
            except (BlockingIOError, InterruptedError):
                pass
        fut = self.create_future()
        fd = sock.fileno()

        def ready():
            if fut.done():
                return
            try:
                result = attempt()
            except (BlockingIOError, InterruptedError):
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                fut.set_exception(exc)
            else:
                fut.set_result(result)

        handle = self._watch(fd, which, ready, ())

        def finished(_):
            if not handle._cancelled:
                self._unwatch(fd, which)

        fut.add_done_callback(finished)
        try:
            return await fut
        finally:
            fut = None

    def _check_nonblocking(self, sock):
        if self._debug and sock.gettimeout() != 0:
            raise ValueError('the socket must be non-blocking')

    async def sock_recv(self, sock, n):
        """Receive up to n bytes from sock."""
        self._check_nonblocking(sock)
        return await self._when_ready(sock, 0, lambda: sock.recv(n))

    async def sock_recv_into(self, sock, buf):
        """Receive into buf; return the number of bytes received."""
        self._check_nonblocking(sock)
        return await self._when_ready(sock, 0, lambda: sock.recv_into(buf))

    async def sock_recvfrom(self, sock, bufsize):
        self._check_nonblocking(sock)
        return await self._when_ready(sock, 0, lambda: sock.recvfrom(bufsize))

    async def sock_sendto(self, sock, data, address):
        self._check_nonblocking(sock)
        return await self._when_ready(sock, 1, lambda: sock.sendto(data, address))

    async def sock_sendall(self, sock, data):
        """Send all of data, waiting as often as the socket's buffer is full."""
        self._check_nonblocking(sock)
        view = memoryview(data).cast('B')
        left = [view]

        def attempt():
            while left[0]:
                try:
                    sent = sock.send(left[0])
                except InterruptedError:
                    continue
                left[0] = left[0][sent:]
            return None

        return await self._when_ready(sock, 1, attempt)

    async def sock_connect(self, sock, address):
        """Connect sock to address (resolved first for IP families)."""
        self._check_nonblocking(sock)
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            infos = await self._ensure_resolved(address, family=sock.family,
                                                type=sock.type, proto=sock.proto)
            address = infos[0][4]
        try:
            sock.connect(address)
            return None
        except (BlockingIOError, InterruptedError):
            pass

        def attempt():
            err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err in (errno.EINPROGRESS, errno.EAGAIN, errno.EINTR):
                raise BlockingIOError(err, os.strerror(err))
            if err:
                raise OSError(err, f'Connect call failed {address}')
            return None

        return await self._when_ready(sock, 1, attempt, False)

    async def sock_accept(self, sock):
        """Accept a connection: (non-blocking socket, peer address)."""
        self._check_nonblocking(sock)

        def attempt():
            conn, addr = sock.accept()
            conn.setblocking(False)
            return conn, addr

        return await self._when_ready(sock, 0, attempt)

    async def _sendfile_native(self, transp, file, offset, count):
        resume_reading = transp.is_reading()
        transp.pause_reading()
        await transp._make_empty_waiter()
        try:
            return await self.sock_sendfile(transp._sock, file, offset, count, fallback=False)
        finally:
            transp._reset_empty_waiter()
            if resume_reading:
                transp.resume_reading()

    # --- transports and servers ---

    def _make_socket_transport(self, sock, protocol, waiter=None, *,
                               extra=None, server=None):
        return _SelectorSocketTransport(self, sock, protocol, waiter, extra, server)

    def _make_datagram_transport(self, sock, protocol, address=None, waiter=None,
                                 extra=None):
        return _SelectorDatagramTransport(self, sock, protocol, address, waiter, extra)

    def _start_serving(self, protocol_factory, sock, server, backlog=100):
        self._add_reader(sock.fileno(), self._accept_connection,
                         protocol_factory, sock, server, backlog)

    def _stop_serving(self, sock):
        self._remove_reader(sock.fileno())
        sock.close()

    def _accept_connection(self, protocol_factory, sock, server, backlog):
        for _ in range(backlog + 1):
            try:
                conn, addr = sock.accept()
                conn.setblocking(False)
            except ConnectionAbortedError:
                continue
            except (BlockingIOError, InterruptedError):
                return
            self.create_task(self._set_up_accepted(protocol_factory, conn,
                                                   {'peername': addr}, server))

    async def _set_up_accepted(self, protocol_factory, conn, extra, server):
        transport = None
        try:
            protocol = protocol_factory()
            waiter = self.create_future()
            transport = self._make_socket_transport(conn, protocol, waiter,
                                                    extra=extra, server=server)
            try:
                await waiter
            except BaseException:
                transport.close()
                raise
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if self._debug:
                self.call_exception_handler({
                    'message': 'Error on transport creation for incoming connection',
                    'exception': exc})


_MAX_READ = 256 * 1024


class _SocketTransportBase(transports._WriteWaterMarks):
    """What the stream and the datagram transports over a socket share: the
    extras, reading turned on and off, the repr, closing and aborting.  A
    subclass keeps its unsent data its own way (_has_unsent, _drop_unsent)."""

    __slots__ = ()

    def _init_socket(self, loop, sock):
        self._extra['socket'] = sock
        for key, getter in (('sockname', sock.getsockname), ('peername', sock.getpeername)):
            if key not in self._extra:
                try:
                    self._extra[key] = getter()
                except OSError:
                    self._extra[key] = None
        self._loop, self._sock, self._fd = loop, sock, sock.fileno()
        self._conn_lost = 0
        self._closing = self._paused = False
        self._init_water_marks()

    def __repr__(self):
        parts = [type(self).__name__]
        if self._sock is None:
            parts.append('closed')
        elif self._closing:
            parts.append('closing')
        parts.append(f'fd={self._fd}')
        if self._sock is not None and self._loop is not None and not self._loop.is_closed():
            reading = self._loop._watches(self._fd, selectors.EVENT_READ)
            writing = self._loop._watches(self._fd, selectors.EVENT_WRITE)
            parts.append('read=' + ('polling' if reading else 'idle'))
            state = 'polling' if writing else 'idle'
            parts.append(f'write=<{state}, bufsize={self.get_write_buffer_size()}>')
        return '<' + ' '.join(parts) + '>'

    def __del__(self, _warn=warnings.warn):
        sock = getattr(self, '_sock', None)
        if sock is not None:
            _warn(f'unclosed transport {self!r}', ResourceWarning, source=self)
            sock.close()
            server = getattr(self, '_server', None)
            if server is not None:
                server._detach(self)

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self._paused and not self._closing

    def _start_reading(self):
        if self.is_reading():
            self._loop._add_reader(self._fd, self._read_ready)

    def pause_reading(self):
        if self.is_reading():
            self._paused = True
            self._loop._remove_reader(self._fd)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._loop._add_reader(self._fd, self._read_ready)

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop._remove_reader(self._fd)
        if not self._has_unsent():
            self._conn_lost += 1
            self._loop.call_soon(self._connection_lost, None)

    def abort(self):
        self._force_close(None)

    def _fatal_error(self, exc, message):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message, 'exception': exc,
                'transport': self, 'protocol': self._protocol})
        self._force_close(exc)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._has_unsent():
            self._drop_unsent()
            self._loop._remove_writer(self._fd)
        if not self._closing:
            self._closing = True
            self._loop._remove_reader(self._fd)
        self._conn_lost += 1
        self._loop.call_soon(self._connection_lost, exc)


class _SelectorSocketTransport(_SocketTransportBase, transports.Transport):
    """A stream transport on a non-blocking socket watched by the loop."""

    __slots__ = ('_loop', '_sock', '_fd', '_protocol', '_buffered', '_server',
                 '_buffer', '_conn_lost', '_closing', '_paused', '_eof',
                 '_protocol_connected', '_protocol_paused', '_high', '_low',
                 '_empty_waiter', '__weakref__')

    _sendfile_compatible = base_events._SENDFILE_TRY_NATIVE

    def __init__(self, loop, sock, protocol, waiter=None, extra=None, server=None):
        super().__init__(extra)
        self._init_socket(loop, sock)
        self._buffer = collections.deque()
        self._eof = False
        self._protocol_connected = False
        self._empty_waiter = None     # sendfile's wait for the buffer to empty
        self.set_protocol(protocol)
        self._server = server
        if server is not None:
            server._attach(self)
        if sock.family != socket.AF_UNIX and sock.type == socket.SOCK_STREAM:
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError:
                pass
        loop.call_soon(self._protocol.connection_made, self)
        loop.call_soon(self._start_reading)
        if waiter is not None:
            loop.call_soon(_wake_waiter, waiter)

    def set_protocol(self, protocol):
        self._protocol = protocol
        self._buffered = isinstance(protocol, protocols.BufferedProtocol)
        self._protocol_connected = True

    # --- reading ---

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            if self._buffered:
                buf = self._protocol.get_buffer(-1)
                if not len(buf):
                    raise RuntimeError('get_buffer() returned an empty buffer')
                nbytes = self._sock.recv_into(buf)
            else:
                data = self._sock.recv(_MAX_READ)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return
        if self._buffered:
            if nbytes:
                self._protocol.buffer_updated(nbytes)
                return
        elif data:
            self._protocol.data_received(data)
            return
        self._on_eof()

    def _on_eof(self):
        try:
            keep_open = self._protocol.eof_received()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.eof_received() call failed.')
            return
        if keep_open:
            self.pause_reading()
        else:
            self.close()

    # --- writing ---

    def get_write_buffer_size(self):
        return sum(len(part) for part in self._buffer)

    def _has_unsent(self):
        return bool(self._buffer)

    def _drop_unsent(self):
        self._buffer.clear()

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError('data argument must be a bytes, bytearray, or '
                            f'memoryview object, not {type(data).__name__!r}')
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if self._empty_waiter is not None:
            raise RuntimeError('unable to write; sendfile is in progress')
        if not data:
            return
        if self._conn_lost:
            if self._conn_lost >= 5:
                logger.warning('socket.send() raised exception.')
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                sent = self._sock.send(data)
            except (BlockingIOError, InterruptedError):
                sent = 0
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on socket transport')
                return
            data = memoryview(data)[sent:]
            if not data:
                return
            self._loop._add_writer(self._fd, self._write_ready)
        self._buffer.append(bytes(data))
        self._check_pause()

    def writelines(self, list_of_data):
        if self._empty_waiter is not None:
            raise RuntimeError('unable to writelines; sendfile is in progress')
        self.write(b''.join(list_of_data))

    def _make_empty_waiter(self):
        if self._empty_waiter is not None:
            raise RuntimeError('Empty waiter is already set')
        self._empty_waiter = self._loop.create_future()
        if not self._buffer:
            self._empty_waiter.set_result(None)
        return self._empty_waiter

    def _reset_empty_waiter(self):
        self._empty_waiter = None

    def _write_ready(self):
        if self._conn_lost:
            return
        while self._buffer:
            head = self._buffer[0]
            try:
                sent = self._sock.send(head)
            except (BlockingIOError, InterruptedError):
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._loop._remove_writer(self._fd)
                self._buffer.clear()
                self._fatal_error(exc, 'Fatal write error on socket transport')
                if self._empty_waiter is not None:
                    self._empty_waiter.set_exception(exc)
                return
            if sent < len(head):
                self._buffer[0] = head[sent:]
                self._check_resume()
                return
            self._buffer.popleft()
        self._loop._remove_writer(self._fd)
        self._check_resume()
        if self._empty_waiter is not None and not self._buffer:
            self._empty_waiter.set_result(None)
        if self._closing:
            self._connection_lost(None)
        elif self._eof:
            self._sock.shutdown(socket.SHUT_WR)

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._buffer:
            self._sock.shutdown(socket.SHUT_WR)

    def can_write_eof(self):
        return True

    def _connection_lost(self, exc):
        try:
            if self._protocol_connected:
                self._protocol.connection_lost(exc)
        finally:
            self._sock.close()
            self._sock = None
            self._protocol = None
            self._loop = None
            server, self._server = self._server, None
            if server is not None:
                server._detach(self)
            if self._empty_waiter is not None and not self._empty_waiter.done():
                self._empty_waiter.set_exception(ConnectionError('Connection is closed by peer'))


def _wake_waiter(fut):
    if not fut.cancelled():
        fut.set_result(None)


# Bytes counted per queued datagram on top of its payload, as CPython counts them.
_DATAGRAM_OVERHEAD = 8


class _SelectorDatagramTransport(_SocketTransportBase, transports.DatagramTransport):
    """Datagrams on a non-blocking socket.  With a fixed peer (address) every
    datagram goes there; errors of single sends go to error_received()."""

    max_size = 256 * 1024

    def __init__(self, loop, sock, protocol, address=None, waiter=None, extra=None):
        super().__init__(extra)
        self._init_socket(loop, sock)
        self._protocol = protocol
        self._address = address
        self._queue = collections.deque()
        self._queued = 0
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._start_reading)
        if waiter is not None:
            loop.call_soon(_wake_waiter, waiter)

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_write_buffer_size(self):
        return self._queued

    def _has_unsent(self):
        return bool(self._queue)

    def _drop_unsent(self):
        self._queue.clear()
        self._queued = 0

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data, addr = self._sock.recvfrom(self.max_size)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._protocol.error_received(exc)
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on datagram transport')
            return
        self._protocol.datagram_received(data, addr)

    def _send_one(self, data, addr):
        if self._extra['peername']:
            self._sock.send(data)
        else:
            self._sock.sendto(data, addr)

    def sendto(self, data, addr=None):
        """Send one datagram to addr (or to the fixed peer)."""
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError('data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        if self._address:
            if addr not in (None, self._address):
                raise ValueError(f'Invalid address: must be None or {self._address}')
            addr = self._address
        if self._conn_lost and self._address:
            if self._conn_lost >= 5:
                logger.warning('socket.send() raised exception.')
            self._conn_lost += 1
            return
        if not self._queue:
            try:
                self._send_one(data, addr)
                return
            except (BlockingIOError, InterruptedError):
                self._loop._add_writer(self._fd, self._send_ready)
            except OSError as exc:
                self._protocol.error_received(exc)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on datagram transport')
                return
        self._queue.append((bytes(data), addr))
        self._queued += len(data) + _DATAGRAM_OVERHEAD
        self._check_pause()

    def _send_ready(self):
        while self._queue:
            data, addr = self._queue[0]
            try:
                self._send_one(data, addr)
            except (BlockingIOError, InterruptedError):
                break
            except OSError as exc:
                self._drop_head()
                self._protocol.error_received(exc)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._drop_head()
                self._fatal_error(exc, 'Fatal write error on datagram transport')
                return
            self._drop_head()
        self._check_resume()
        if not self._queue:
            self._loop._remove_writer(self._fd)
            if self._closing:
                self._connection_lost(None)

    def _drop_head(self):
        data, _ = self._queue.popleft()
        self._queued -= len(data) + _DATAGRAM_OVERHEAD

    def _connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._sock.close()
            self._sock = None
            self._protocol = None
            self._loop = None
