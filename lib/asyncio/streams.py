"""Streams: a reader and a writer over a connection, driven by coroutines."""

__all__ = ('StreamReader', 'StreamWriter', 'StreamReaderProtocol',
           'open_connection', 'start_server', 'open_unix_connection',
           'start_unix_server')

import collections
import socket
import warnings
import weakref

from . import coroutines
from . import events
from . import exceptions
from . import protocols
from .tasks import sleep

_DEFAULT_LIMIT = 2 ** 16  # 64 KiB


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """Connect to host:port; return (StreamReader, StreamWriter)."""
    loop = events.get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
    transport, _ = await loop.create_connection(lambda: protocol, host, port, **kwds)
    return reader, StreamWriter(transport, protocol, reader, loop)


async def start_server(client_connected_cb, host=None, port=None, *,
                       limit=_DEFAULT_LIMIT, **kwds):
    """Serve on host:port; client_connected_cb(reader, writer) runs for
    each connection (as a task when it is a coroutine function)."""
    loop = events.get_running_loop()

    def make_protocol():
        reader = StreamReader(limit=limit, loop=loop)
        return StreamReaderProtocol(reader, client_connected_cb, loop=loop)

    return await loop.create_server(make_protocol, host, port, **kwds)


if hasattr(socket, 'AF_UNIX'):
    async def open_unix_connection(path=None, *, limit=_DEFAULT_LIMIT, **kwds):
        """Connect to the Unix socket path; return (reader, writer)."""
        loop = events.get_running_loop()
        reader = StreamReader(limit=limit, loop=loop)
        protocol = StreamReaderProtocol(reader, loop=loop)
        transport, _ = await loop.create_unix_connection(lambda: protocol, path, **kwds)
        return reader, StreamWriter(transport, protocol, reader, loop)

    async def start_unix_server(client_connected_cb, path=None, *,
                                limit=_DEFAULT_LIMIT, **kwds):
        """Serve on the Unix socket path, as start_server()."""
        loop = events.get_running_loop()

        def make_protocol():
            reader = StreamReader(limit=limit, loop=loop)
            return StreamReaderProtocol(reader, client_connected_cb, loop=loop)

        return await loop.create_unix_server(make_protocol, path, **kwds)


def _finish(fut, exc=None):
    """Give a pending future its outcome: exc, or None when exc is None."""
    if fut.done():
        return
    if exc is None:
        fut.set_result(None)
    else:
        fut.set_exception(exc)


class FlowControlMixin(protocols.Protocol):
    """Lets drain() wait while the transport asked the protocol to pause."""

    def __init__(self, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop
        self._connection_lost = self._paused = False
        self._drain_waiters = collections.deque()

    def pause_writing(self):
        self._paused = True

    def resume_writing(self):
        self._paused = False
        for fut in self._drain_waiters:
            _finish(fut)

    def connection_lost(self, exc):
        self._connection_lost = True
        # Waiters exist only while paused.
        if self._paused:
            for fut in self._drain_waiters:
                _finish(fut, exc)

    async def _drain_helper(self):
        if self._connection_lost:
            raise ConnectionResetError('Connection lost')
        if self._paused:
            fut = self._loop.create_future()
            self._drain_waiters.append(fut)
            try:
                await fut
            finally:
                self._drain_waiters.remove(fut)

    def _get_close_waiter(self, stream):
        raise NotImplementedError


class StreamReaderProtocol(FlowControlMixin, protocols.Protocol):
    """Feeds a StreamReader from a transport's callbacks."""

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        super().__init__(loop=loop)
        self._reader_ref = None if stream_reader is None else weakref.ref(stream_reader)
        # With a callback the reader has no other owner until it runs.
        self._strong_reader = stream_reader if client_connected_cb is not None else None
        self._task = self._transport = None
        self._client_connected_cb = client_connected_cb
        self._closed = self._loop.create_future()

    @property
    def _stream_reader(self):
        return None if self._reader_ref is None else self._reader_ref()

    def connection_made(self, transport):
        self._transport = transport
        stream = self._stream_reader
        if stream is not None:
            stream.set_transport(transport)
        if self._client_connected_cb is not None:
            self._start_client(transport, stream)

    def _start_client(self, transport, stream):
        writer = StreamWriter(transport, self, stream, self._loop)
        try:
            outcome = self._client_connected_cb(stream, writer)
        except Exception as exc:
            self._client_failed(transport, exc)
        else:
            if coroutines.iscoroutine(outcome):
                self._task = self._loop.create_task(outcome)
                self._task.add_done_callback(
                    lambda done: self._client_done(done, transport))
        self._strong_reader = None

    def _client_failed(self, transport, exc):
        self._loop.call_exception_handler({
            'message': 'Unhandled exception in client_connected_cb',
            'exception': exc, 'transport': transport})
        transport.close()

    def _client_done(self, task, transport):
        if task.cancelled():
            transport.close()
        elif task.exception() is not None:
            self._client_failed(transport, task.exception())

    def connection_lost(self, exc):
        stream = self._stream_reader
        if stream is not None:
            stream.set_exception(exc) if exc is not None else stream.feed_eof()
        _finish(self._closed, exc)
        super().connection_lost(exc)
        self._reader_ref = self._task = self._transport = None

    def data_received(self, data):
        stream = self._stream_reader
        if stream is not None:
            stream.feed_data(data)

    def eof_received(self):
        stream = self._stream_reader
        if stream is not None:
            stream.feed_eof()
        return True

    def _get_close_waiter(self, stream):
        return self._closed

    def __del__(self):
        # Mark a stored error as seen, so it is not reported as lost.
        fut = getattr(self, '_closed', None)
        if fut is not None and fut.done() and not fut.cancelled():
            fut.exception()


def _passed_to_transport(name):
    def method(self, *args):
        return getattr(self._transport, name)(*args)
    method.__name__ = name
    method.__qualname__ = 'StreamWriter.' + name
    return method


class StreamWriter:
    """Writes to a transport; drain() waits for its buffer to empty enough."""

    for _name in ('write', 'writelines', 'write_eof', 'can_write_eof',
                  'close', 'is_closing', 'get_extra_info'):
        locals()[_name] = _passed_to_transport(_name)
    del _name

    def __init__(self, transport, protocol, reader, loop):
        self._loop, self._reader = loop, reader
        self._transport, self._protocol = transport, protocol
        self._complete_fut = loop.create_future()
        self._complete_fut.set_result(None)

    def __repr__(self):
        text = f'<{type(self).__name__} transport={self._transport!r}'
        if self._reader is not None:
            text += f' reader={self._reader!r}'
        return text + '>'

    @property
    def transport(self):
        return self._transport

    async def drain(self):
        """Wait until it is fine to write again (raises the reader's error)."""
        failure = None if self._reader is None else self._reader.exception()
        if failure is not None:
            raise failure
        if self._transport.is_closing():
            # One pass lets connection_lost() run, so the helper sees it.
            await sleep(0)
        await self._protocol._drain_helper()

    async def wait_closed(self):
        await self._protocol._get_close_waiter(self)

    def __del__(self, _warn=warnings.warn):
        # A writer dropped while its connection is open closes it.
        if self._transport.is_closing():
            return
        if self._loop.is_closed():
            _warn('loop is closed', ResourceWarning)
        else:
            self.close()
            _warn(f'unclosed {self!r}', ResourceWarning)


class StreamReader:
    """Bytes received, and coroutines to wait for them."""

    _source_traceback = None

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._loop = events.get_event_loop() if loop is None else loop
        self._limit, self._buffer = limit, bytearray()
        self._waiter = self._exception = self._transport = None
        self._eof = self._paused = False

    def __repr__(self):
        parts = [('StreamReader', True),
                 (f'{len(self._buffer)} bytes', self._buffer),
                 ('eof', self._eof),
                 (f'limit={self._limit}', self._limit != _DEFAULT_LIMIT),
                 (f'waiter={self._waiter!r}', self._waiter),
                 (f'exception={self._exception!r}', self._exception),
                 (f'transport={self._transport!r}', self._transport),
                 ('paused', self._paused)]
        return '<' + ' '.join(text for text, shown in parts if shown) + '>'

    def exception(self):
        return self._exception

    def _release(self, exc=None):
        fut, self._waiter = self._waiter, None
        if fut is not None and not fut.cancelled():
            _finish(fut, exc)

    def set_exception(self, exc):
        self._exception = exc
        self._release(exc)

    def set_transport(self, transport):
        assert self._transport is None, 'Transport already set'
        self._transport = transport

    def _maybe_resume(self):
        if self._paused and len(self._buffer) <= self._limit:
            self._paused = False
            self._transport.resume_reading()

    def at_eof(self):
        """True when the buffer is empty and the peer sent EOF."""
        return not self._buffer and self._eof

    def feed_eof(self):
        self._eof = True
        self._release()

    def feed_data(self, data):
        assert not self._eof, 'feed_data after feed_eof'
        if data:
            self._buffer.extend(data)
            self._release()
            if self._transport is not None and not self._paused:
                self._pause_if_full()

    def _pause_if_full(self):
        if len(self._buffer) <= 2 * self._limit:
            return
        try:
            self._transport.pause_reading()
        except NotImplementedError:
            # The transport cannot pause: stop asking it.
            self._transport = None
        else:
            self._paused = True

    async def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError(f'{func_name}() called while another coroutine '
                               'is already waiting for incoming data')
        assert not self._eof, '_wait_for_data after EOF'
        if self._paused:
            self._paused = False
            self._transport.resume_reading()
        self._waiter = self._loop.create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    async def readline(self):
        """Read up to and including b'\\n' (or to EOF)."""
        try:
            return await self.readuntil(b'\n')
        except exceptions.IncompleteReadError as exc:
            return exc.partial
        except exceptions.LimitOverrunError as exc:
            if self._buffer.startswith(b'\n', exc.consumed):
                del self._buffer[:exc.consumed + 1]
            else:
                self._buffer.clear()
            self._maybe_resume()
            raise ValueError(exc.args[0])

    async def readuntil(self, separator=b'\n'):
        """Read up to and including separator (or one of a tuple of them)."""
        seps = separator if isinstance(separator, tuple) else (separator,)
        if not seps:
            raise ValueError('Separator should contain at least one element')
        seps = sorted(seps, key=len)
        if not seps[0]:
            raise ValueError('Separator should be at least one-byte string')
        shortest, longest = len(seps[0]), len(seps[-1])
        if self._exception is not None:
            raise self._exception
        start = 0
        while True:
            size = len(self._buffer)
            if size - start >= shortest:
                found = self._find_separator(seps, start)
                if found is not None:
                    break
                start = max(0, size + 1 - longest)
                if start > self._limit:
                    raise exceptions.LimitOverrunError(
                        'Separator is not found, and chunk exceed the limit', start)
            if self._eof:
                chunk = bytes(self._buffer)
                self._buffer.clear()
                raise exceptions.IncompleteReadError(chunk, None)
            await self._wait_for_data('readuntil')
        at, end = found
        if at > self._limit:
            raise exceptions.LimitOverrunError(
                'Separator is found, but chunk is longer than limit', at)
        chunk = self._buffer[:end]
        del self._buffer[:end]
        self._maybe_resume()
        return bytes(chunk)

    def _find_separator(self, seps, start):
        """(start, end) of the separator that ends first from start, or None."""
        best = None
        for sep in seps:
            at = self._buffer.find(sep, start)
            if at != -1 and (best is None or at + len(sep) < best[1]):
                best = (at, at + len(sep))
        return best

    async def read(self, n=-1):
        """Read up to n bytes; everything up to EOF when n is negative."""
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        if n < 0:
            parts = []
            while True:
                part = await self.read(self._limit)
                if not part:
                    return b''.join(parts)
                parts.append(part)
        if not self._buffer and not self._eof:
            await self._wait_for_data('read')
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        self._maybe_resume()
        return data

    async def readexactly(self, n):
        """Read exactly n bytes (IncompleteReadError if EOF comes first)."""
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        while len(self._buffer) < n:
            if self._eof:
                partial = bytes(self._buffer)
                self._buffer.clear()
                raise exceptions.IncompleteReadError(partial, n)
            await self._wait_for_data('readexactly')
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        self._maybe_resume()
        return data

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line == b'':
            raise StopAsyncIteration
        return line
