"""The event loop proper: ready queue, timers, running and stopping.

One pass of the loop (_run_once) drops cancelled timers from the front of
the heap, waits in the selector (not at all when callbacks are ready or the
loop is stopping, else until the first timer is due), turns I/O events into
ready callbacks, moves every timer due within the clock's resolution to the
ready queue, and then runs exactly the callbacks that were ready when the
pass started; callbacks they schedule wait for the next pass.
"""

__all__ = ('BaseEventLoop', 'Server')

import collections
import concurrent.futures
import heapq
import logging
import os
import socket
import stat
import subprocess
import sys
import threading
import time
import traceback
import warnings
import weakref

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import protocols
from . import tasks
from . import transports

logger = logging.getLogger('asyncio')
_Handle = events.Handle

# A timer heap this large, more than half of it cancelled, is rebuilt.
_HEAP_REBUILD_SIZE = 100
_HEAP_REBUILD_FRACTION = 0.5
# The longest single wait in the selector (seconds).
_LONGEST_WAIT = 24 * 3600


def _run_until_complete_cb(fut):
    """Done callback of run_until_complete's future: stop its loop."""
    fatal = (not fut.cancelled()
             and isinstance(fut.exception(), (SystemExit, KeyboardInterrupt)))
    if not fatal:
        futures._loop_of(fut).stop()


def _settle(fut, value, exc):
    if fut.cancelled():
        return
    if exc is None:
        fut.set_result(value)
    else:
        fut.set_exception(exc)


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._ready, self._scheduled = collections.deque(), []
        self._timer_cancelled_count = 0
        self._running = self._stopping = self._closed = False
        self._default_executor = None
        self._clock_resolution = time.get_clock_info('monotonic').resolution
        self._exception_handler = None
        self._debug = False
        self._current_handle = None
        self._task_factory = None
        self._asyncgens = weakref.WeakSet()
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        self.slow_callback_duration = 0.1

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # --- futures and tasks ---

    def create_task(self, coro, **kwargs):
        """A task running coro on this loop (made by the task factory if set)."""
        self._check_closed()
        make = self._task_factory
        if make is None:
            return tasks.Task(coro, loop=self, **kwargs)
        return make(self, coro, **kwargs)

    def create_future(self):
        return futures.Future(loop=self)

    def get_task_factory(self):
        return self._task_factory

    def set_task_factory(self, factory):
        if factory is None or callable(factory):
            self._task_factory = factory
        else:
            raise TypeError('task factory must be a callable or None')

    # --- state ---

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self._running:
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def set_debug(self, enabled):
        self._debug = enabled

    def get_debug(self):
        return self._debug

    def time(self):
        return time.monotonic()

    # --- running ---

    def run_forever(self):
        self._check_closed()
        self._check_running()
        saved_hooks = sys.get_asyncgen_hooks()
        saved_depth = sys.get_coroutine_origin_tracking_depth()
        if self._debug:
            sys.set_coroutine_origin_tracking_depth(10)
        self._running = True
        events._set_running_loop(self)
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        try:
            self._run_once()      # at least one pass, even if already stopped
            while not self._stopping:
                self._run_once()
        finally:
            self._stopping = False
            self._running = False
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(*saved_hooks)
            sys.set_coroutine_origin_tracking_depth(saved_depth)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        made_here = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if made_here:
            # A task made here whose error stops the loop is not reported
            # as "never retrieved": the error goes to our caller.
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if made_here and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if future.done():
            return future.result()
        raise RuntimeError('Event loop stopped before Future completed.')

    def stop(self):
        """Stop after the current pass over the ready callbacks."""
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        if self._debug:
            logger.debug('Close %r', self)
        self._closed = self._executor_shutdown_called = True
        self._scheduled.clear()
        self._ready.clear()
        executor, self._default_executor = self._default_executor, None
        if executor is not None:
            executor.shutdown(wait=False)

    def __del__(self, _warn=warnings.warn):
        if not self.is_closed():
            _warn(f'unclosed event loop {self!r}', ResourceWarning, source=self)
            if not self.is_running():
                self.close()

    # --- scheduling ---

    def call_soon(self, callback, *args, context=None):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._debug:
            self._check_callback(callback, 'call_soon')
        handle = _Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon, waking the loop if it is waiting in the selector."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        queued = events._ThreadSafeHandle(callback, args, self, context)
        self._ready.append(queued)
        self._write_to_self()
        return queued

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines._iscoroutinefunction(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _add_callback(self, handle):
        if not handle._cancelled:
            self._ready.append(handle)

    def _write_to_self(self):
        pass

    def _process_events(self, event_list):
        pass

    def _wait_for_events(self, timeout):
        if timeout:
            time.sleep(timeout)
        return []

    def _drop_cancelled_timers(self):
        heap = self._scheduled
        if (len(heap) > _HEAP_REBUILD_SIZE and
                self._timer_cancelled_count / len(heap) > _HEAP_REBUILD_FRACTION):
            keep = []
            for timer in heap:
                if timer._cancelled:
                    timer._scheduled = False
                else:
                    keep.append(timer)
            heapq.heapify(keep)
            self._scheduled = keep
            self._timer_cancelled_count = 0
            return
        while heap and heap[0]._cancelled:
            self._timer_cancelled_count -= 1
            heapq.heappop(heap)._scheduled = False

    def _run_once(self):
        if self._scheduled:          # (an empty heap has nothing to drop)
            self._drop_cancelled_timers()
        heap = self._scheduled
        ready = self._ready
        if ready or self._stopping:
            timeout = 0
        elif heap:
            timeout = min(max(0, heap[0]._when - self.time()), _LONGEST_WAIT)
        else:
            timeout = None
        events = self._wait_for_events(timeout)
        if events:
            self._process_events(events)
        due = self.time() + self._clock_resolution
        while heap and heap[0]._when < due:
            timer = heapq.heappop(heap)
            timer._scheduled = False
            ready.append(timer)
        for _ in range(len(ready)):
            handle = ready.popleft()
            if handle._cancelled:
                continue
            self._current_handle = handle
            try:
                handle._run()
            finally:
                self._current_handle = None
        handle = None

    # --- names and connections ---

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        """socket.getaddrinfo() as a coroutine (resolved inline)."""
        return await self.run_in_executor(None, socket.getaddrinfo, host, port,
                                          family, type, proto, flags)

    async def getnameinfo(self, sockaddr, flags=0):
        return await self.run_in_executor(None, socket.getnameinfo, sockaddr, flags)

    async def _ensure_resolved(self, address, *, family=0, type=socket.SOCK_STREAM,
                               proto=0, flags=0):
        host, port = address[:2]
        known = _numeric_info(host, port, family, type, proto, *address[2:])
        if known is not None:
            return [known]
        return await self.getaddrinfo(host, port, family=family, type=type,
                                      proto=proto, flags=flags)

    async def _connect_one(self, info, local_infos):
        family, type_, proto, _, address = info
        sock = socket.socket(family=family, type=type_, proto=proto)
        try:
            sock.setblocking(False)
            if local_infos is not None:
                _bind_first(sock, family, local_infos)
            await self.sock_connect(sock, address)
            return sock
        except BaseException:
            sock.close()
            raise

    async def create_connection(self, protocol_factory, host=None, port=None, *,
                                ssl=None, family=0, proto=0, flags=0, sock=None,
                                local_addr=None, server_hostname=None,
                                ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                                happy_eyeballs_delay=None, interleave=None,
                                all_errors=False):
        """Connect to host:port and return (transport, protocol)."""
        if ssl:
            raise ValueError('ssl is not supported')
        if server_hostname is not None:
            raise ValueError('server_hostname is only meaningful with ssl')
        if host is not None or port is not None:
            if sock is not None:
                raise ValueError('host/port and sock can not be specified at the same time')
            infos = await self._ensure_resolved((host, port), family=family,
                                                type=socket.SOCK_STREAM,
                                                proto=proto, flags=flags)
            if not infos:
                raise OSError('getaddrinfo() returned empty list')
            local_infos = None
            if local_addr is not None:
                local_infos = await self._ensure_resolved(
                    local_addr, family=family, type=socket.SOCK_STREAM,
                    proto=proto, flags=flags)
                if not local_infos:
                    raise OSError('getaddrinfo() returned empty list')
            errors = []
            for info in infos:
                try:
                    sock = await self._connect_one(info, local_infos)
                    break
                except OSError as exc:
                    errors.append(exc)
            else:
                _raise_connect_errors(errors, all_errors)
        elif sock is None:
            raise ValueError('host and port was not specified and no sock specified')
        elif sock.type != socket.SOCK_STREAM:
            raise ValueError(f'A Stream Socket was expected, got {sock!r}')
        return await self._transport_for(sock, protocol_factory)

    async def _transport_for(self, sock, protocol_factory):
        sock.setblocking(False)
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = self._make_socket_transport(sock, protocol, waiter)
        try:
            await waiter
        except BaseException:
            transport.close()
            raise
        return transport, protocol

    async def connect_accepted_socket(self, protocol_factory, sock, *, ssl=None,
                                      ssl_handshake_timeout=None,
                                      ssl_shutdown_timeout=None):
        """Wrap an already connected socket in a transport."""
        if sock.type != socket.SOCK_STREAM:
            raise ValueError(f'A Stream Socket was expected, got {sock!r}')
        return await self._transport_for(sock, protocol_factory)

    async def create_server(self, protocol_factory, host=None, port=None, *,
                            family=socket.AF_UNSPEC, flags=socket.AI_PASSIVE,
                            sock=None, backlog=100, ssl=None, reuse_address=None,
                            reuse_port=None, keep_alive=None,
                            ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                            start_serving=True):
        """Listen on host:port (every address it resolves to); return a Server."""
        if isinstance(ssl, bool):
            raise TypeError('ssl argument must be an SSLContext or None')
        if ssl:
            raise ValueError('ssl is not supported')
        if host is not None or port is not None:
            if sock is not None:
                raise ValueError('host/port and sock can not be specified at the same time')
            if reuse_address is None:
                reuse_address = True
            if host == '':
                hosts = [None]
            elif host is None or isinstance(host, str):
                hosts = [host]
            else:
                hosts = host
            sockets = []
            try:
                for one in hosts:
                    infos = await self._ensure_resolved(
                        (one, port), family=family, type=socket.SOCK_STREAM, flags=flags)
                    for info in dict.fromkeys(map(tuple, infos)):
                        sockets.append(_listening_socket(info, reuse_address,
                                                         reuse_port, keep_alive))
            except BaseException:
                for one in sockets:
                    one.close()
                raise
        else:
            if sock is None:
                raise ValueError('Neither host/port nor sock were specified')
            if sock.type != socket.SOCK_STREAM:
                raise ValueError(f'A Stream Socket was expected, got {sock!r}')
            sockets = [sock]
        for one in sockets:
            one.setblocking(False)
        server = Server(self, sockets, protocol_factory, ssl, backlog,
                        ssl_handshake_timeout, ssl_shutdown_timeout)
        if start_serving:
            server._start_serving()
            await tasks.sleep(0)
        return server

    # --- datagrams ---

    async def create_datagram_endpoint(self, protocol_factory, local_addr=None,
                                       remote_addr=None, *, family=0, proto=0,
                                       flags=0, reuse_port=None, allow_broadcast=None,
                                       sock=None):
        """Open a datagram socket (bound to local_addr, connected to
        remote_addr, or given as sock); return (transport, protocol)."""
        if sock is not None:
            if sock.type == socket.SOCK_STREAM:
                raise ValueError(f'A datagram socket was expected, got {sock!r}')
            given = (('local_addr', local_addr), ('remote_addr', remote_addr),
                     ('family', family), ('proto', proto), ('flags', flags),
                     ('reuse_port', reuse_port), ('allow_broadcast', allow_broadcast))
            problems = [f'{name}={value}' for name, value in given if value]
            if problems:
                raise ValueError('socket modifier keyword arguments can not be used '
                                 f'when sock is specified. ({', '.join(problems)})')
            sock.setblocking(False)
            peer = None
        else:
            candidates = await self._datagram_candidates(local_addr, remote_addr,
                                                         family, proto, flags)
            failures = []
            for (fam, pro), (local, remote) in candidates:
                try:
                    sock, peer = await self._datagram_socket(
                        fam, pro, local if local_addr else None,
                        remote if remote_addr else None, reuse_port, allow_broadcast)
                except OSError as exc:
                    failures.append(exc)
                else:
                    break
            else:
                raise failures[0]
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = self._make_datagram_transport(sock, protocol, peer, waiter)
        if self._debug and local_addr:
            logger.info('Datagram endpoint local_addr=%r remote_addr=%r created: (%r, %r)',
                        local_addr, remote_addr, transport, protocol)
        elif self._debug:
            logger.debug('Datagram endpoint remote_addr=%r created: (%r, %r)',
                         remote_addr, transport, protocol)
        try:
            await waiter
        except BaseException:
            transport.close()
            raise
        return transport, protocol

    async def _datagram_candidates(self, local_addr, remote_addr, family, proto, flags):
        """[((family, proto), [local, remote]), ...] to try in turn."""
        if not (local_addr or remote_addr):
            if family == 0:
                raise ValueError('unexpected address family')
            return [((family, proto), (None, None))]
        if family == getattr(socket, 'AF_UNIX', None):
            for addr in (local_addr, remote_addr):
                if addr is not None and not isinstance(addr, str):
                    raise TypeError('string is expected')
            if local_addr and local_addr[0] not in (0, '\x00'):
                try:
                    if stat.S_ISSOCK(os.stat(local_addr).st_mode):
                        os.remove(local_addr)
                except FileNotFoundError:
                    pass
                except OSError as err:
                    logger.error('Unable to check or remove stale UNIX socket %r: %r',
                                 local_addr, err)
            return [((family, proto), (local_addr, remote_addr))]
        by_key = {}
        for slot, addr in enumerate((local_addr, remote_addr)):
            if addr is None:
                continue
            if not (isinstance(addr, tuple) and len(addr) == 2):
                raise TypeError('2-tuple is expected')
            infos = await self._ensure_resolved(addr, family=family, type=socket.SOCK_DGRAM,
                                                proto=proto, flags=flags)
            if not infos:
                raise OSError('getaddrinfo() returned empty list')
            for fam, _, pro, _, address in infos:
                by_key.setdefault((fam, pro), [None, None])[slot] = address
        usable = [(key, pair) for key, pair in by_key.items()
                  if not ((local_addr and pair[0] is None) or
                          (remote_addr and pair[1] is None))]
        if not usable:
            raise ValueError('can not get address information')
        return usable

    async def _datagram_socket(self, family, proto, local, remote, reuse_port,
                               allow_broadcast):
        sock = None
        try:
            sock = socket.socket(family=family, type=socket.SOCK_DGRAM, proto=proto)
            if reuse_port:
                _allow_port_reuse(sock)
            if allow_broadcast:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
            sock.setblocking(False)
            if local is not None:
                sock.bind(local)
            if remote is not None and not allow_broadcast:
                await self.sock_connect(sock, remote)
        except BaseException:
            if sock is not None:
                sock.close()
            raise
        return sock, remote

    # --- pipes and child processes ---

    async def _connect_pipe(self, kind, make_transport, protocol_factory, pipe):
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = make_transport(pipe, protocol, waiter)
        try:
            await waiter
        except BaseException:
            transport.close()
            raise
        if self._debug:
            logger.debug('%s pipe %r connected: (%r, %r)', kind, pipe.fileno(),
                         transport, protocol)
        return transport, protocol

    async def connect_read_pipe(self, protocol_factory, pipe):
        """Read from the file object pipe; return (transport, protocol)."""
        return await self._connect_pipe('Read', self._make_read_pipe_transport,
                                        protocol_factory, pipe)

    async def connect_write_pipe(self, protocol_factory, pipe):
        """Write to the file object pipe; return (transport, protocol)."""
        return await self._connect_pipe('Write', self._make_write_pipe_transport,
                                        protocol_factory, pipe)

    async def subprocess_shell(self, protocol_factory, cmd, *, stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               universal_newlines=False, shell=True, bufsize=0,
                               encoding=None, errors=None, text=None, **kwargs):
        """Run cmd through the shell; return (transport, protocol)."""
        if not isinstance(cmd, (bytes, str)):
            raise ValueError('cmd must be a string')
        _child_options(universal_newlines, shell, True, bufsize, text, encoding, errors)
        protocol = protocol_factory()
        # The command itself is not logged: it may hold secrets.
        note = self._note_child(f'run shell command {cmd!r}', stdin, stdout, stderr)
        transport = await self._make_subprocess_transport(
            protocol, cmd, True, stdin, stdout, stderr, bufsize, **kwargs)
        if note is not None:
            logger.info('%s: %r', note, transport)
        return transport, protocol

    async def subprocess_exec(self, protocol_factory, program, *args,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, universal_newlines=False,
                              shell=False, bufsize=0, encoding=None, errors=None,
                              text=None, **kwargs):
        """Run program with args; return (transport, protocol)."""
        _child_options(universal_newlines, shell, False, bufsize, text, encoding, errors)
        protocol = protocol_factory()
        note = self._note_child(f'execute program {program!r}', stdin, stdout, stderr)
        transport = await self._make_subprocess_transport(
            protocol, (program,) + args, False, stdin, stdout, stderr, bufsize, **kwargs)
        if note is not None:
            logger.info('%s: %r', note, transport)
        return transport, protocol

    def _note_child(self, what, stdin, stdout, stderr):
        """In debug mode, log what is started and how; return what."""
        if not self._debug:
            return None
        shown = [what]
        if stdin is not None:
            shown.append(f'stdin={_pipe_name(stdin)}')
        if stdout is not None and stderr == subprocess.STDOUT:
            shown.append(f'stdout=stderr={_pipe_name(stdout)}')
        else:
            shown.extend(f'{name}={_pipe_name(spec)}' for name, spec in
                         (('stdout', stdout), ('stderr', stderr)) if spec is not None)
        logger.debug(' '.join(shown))
        return what

    # --- sendfile ---

    async def sock_sendfile(self, sock, file, offset=0, count=None, *, fallback=True):
        """Send file (opened in binary mode) over the stream socket sock,
        from offset, count bytes or to its end; the number of bytes sent.
        os.sendfile where it can, else reads and sock_sendall (unless
        fallback is false).  The file's position ends after what was sent."""
        if self._debug and sock.gettimeout() != 0:
            raise ValueError('the socket must be non-blocking')
        _check_sendfile_args(sock, file, offset, count)
        try:
            return await self._sock_sendfile_native(sock, file, offset, count)
        except exceptions.SendfileNotAvailableError:
            if not fallback:
                raise
        return await self._sock_sendfile_fallback(sock, file, offset, count)

    async def _sock_sendfile_native(self, sock, file, offset, count):
        raise exceptions.SendfileNotAvailableError(
            f'syscall sendfile is not available for socket {sock!r} '
            f'and file {file!r} combination')

    async def _sock_sendfile_fallback(self, sock, file, offset, count):
        async def send(chunk):
            await self.sock_sendall(sock, chunk)
        return await _copy_file(self, file, offset, count, _SOCK_FALLBACK_CHUNK, send)

    async def sendfile(self, transport, file, offset=0, count=None, *, fallback=True):
        """Send file over the transport (see sock_sendfile); the number of
        bytes sent."""
        if transport.is_closing():
            raise RuntimeError('Transport is closing')
        mode = getattr(transport, '_sendfile_compatible', _SENDFILE_UNSUPPORTED)
        if mode == _SENDFILE_UNSUPPORTED:
            raise RuntimeError(f'sendfile is not supported for transport {transport!r}')
        if mode == _SENDFILE_TRY_NATIVE:
            try:
                return await self._sendfile_native(transport, file, offset, count)
            except exceptions.SendfileNotAvailableError:
                if not fallback:
                    raise
        if not fallback:
            raise RuntimeError('fallback is disabled and native sendfile is not '
                               f'supported for transport {transport!r}')
        return await self._sendfile_fallback(transport, file, offset, count)

    async def _sendfile_native(self, transp, file, offset, count):
        raise exceptions.SendfileNotAvailableError('sendfile syscall is not supported')

    async def _sendfile_fallback(self, transp, file, offset, count):
        lender = _SendfileLender(transp)

        async def send(chunk):
            transp.write(chunk)
            await lender.drain()
        try:
            return await _copy_file(self, file, offset, count, _TRANSPORT_FALLBACK_CHUNK, send)
        finally:
            await lender.restore()

    # --- executors ---

    def run_in_executor(self, executor, func, *args):
        """A future of this loop for func(*args) submitted to executor.

        Without an executor (and no default one set), func runs now, as
        there are no threads to run it in, and the future takes its
        outcome on the loop's next pass, as a worker thread's would."""
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        if executor is None:
            if self._executor_shutdown_called:
                raise RuntimeError('Executor shutdown has been called')
            executor = self._default_executor
        if executor is None:
            return self._run_inline(func, args)
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def _run_inline(self, func, args):
        outcome = self.create_future()
        try:
            value = func(*args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self.call_soon(_settle, outcome, None, exc)
        else:
            self.call_soon(_settle, outcome, value, None)
        return outcome

    def set_default_executor(self, executor):
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor instance')
        self._default_executor = executor

    async def shutdown_default_executor(self, timeout=None):
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        # CPython shuts the pool down from a thread of its own, which
        # cannot start here: Thread.start() raises RuntimeError.
        threading.Thread(target=self._do_shutdown).start()

    def _do_shutdown(self):
        self._default_executor.shutdown(wait=True)

    # --- asynchronous generators ---

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            warnings.warn(f'asynchronous generator {agen!r} was scheduled after '
                          'loop.shutdown_asyncgens() call', ResourceWarning, source=self)
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self._closed:
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """Close every asynchronous generator still open on this loop."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        gens = list(self._asyncgens)
        self._asyncgens.clear()
        outcomes = await tasks.gather(*[g.aclose() for g in gens], return_exceptions=True)
        for gen, outcome in zip(gens, outcomes):
            if isinstance(outcome, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {gen!r}',
                    'exception': outcome,
                    'asyncgen': gen,
                })

    # --- errors ---

    def set_exception_handler(self, handler):
        if handler is None or callable(handler):
            self._exception_handler = handler
        else:
            raise TypeError(f'A callable object or None is expected, got {handler!r}')

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        """Log the context's message, its other keys, and its exception."""
        lines = [context.get('message') or 'Unhandled exception in event loop']
        exc = context.get('exception')
        if ('source_traceback' not in context and self._current_handle is not None
                and self._current_handle._source_traceback):
            context['handle_traceback'] = self._current_handle._source_traceback
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            value = context[key]
            if key in ('source_traceback', 'handle_traceback'):
                what = 'Object' if key == 'source_traceback' else 'Handle'
                value = ''.join(traceback.format_list(value)).rstrip()
                value = f'{what} created at (most recent call last):\n{value}'
            else:
                value = repr(value)
            lines.append(f'{key}: {value}')
        exc_info = False if exc is None else (type(exc), exc, exc.__traceback__)
        logger.error('\n'.join(lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        handler = self._exception_handler
        if handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                logger.error('Exception in default exception handler', exc_info=True)
            return
        try:
            ctx = None
            for key in ('task', 'future', 'handle'):
                owner = context.get(key)
                if owner is not None:
                    break
            if owner is not None and hasattr(owner, 'get_context'):
                ctx = owner.get_context()
            if ctx is not None and hasattr(ctx, 'run'):
                ctx.run(handler, self, context)
            else:
                handler(self, context)
        except BaseException as exc:
            if isinstance(exc, (SystemExit, KeyboardInterrupt)):
                raise
            report = dict(message='Unhandled error in exception handler',
                          exception=exc, context=context)
            try:
                self.default_exception_handler(report)
            except BaseException as inner:
                if isinstance(inner, (SystemExit, KeyboardInterrupt)):
                    raise
                logger.error('Exception in default exception handler while handling an '
                             'unexpected error in custom exception handler', exc_info=True)


# --- sendfile's helpers ---

# How a transport takes sendfile() (its _sendfile_compatible), as CPython's
# constants._SendfileMode numbers them.
_SENDFILE_UNSUPPORTED, _SENDFILE_TRY_NATIVE, _SENDFILE_FALLBACK = 1, 2, 3
_SOCK_FALLBACK_CHUNK = 256 * 1024
_TRANSPORT_FALLBACK_CHUNK = 16 * 1024


def _check_sendfile_args(sock, file, offset, count):
    if 'b' not in getattr(file, 'mode', 'b'):
        raise ValueError('file should be opened in binary mode')
    if sock.type != socket.SOCK_STREAM:
        raise ValueError('only SOCK_STREAM type sockets are supported')
    if count is not None:
        if not isinstance(count, int):
            raise TypeError(f'count must be a positive integer (got {count!r})')
        if count <= 0:
            raise ValueError(f'count must be a positive integer (got {count!r})')
    if not isinstance(offset, int):
        raise TypeError(f'offset must be a non-negative integer (got {offset!r})')
    if offset < 0:
        raise ValueError(f'offset must be a non-negative integer (got {offset!r})')


async def _copy_file(loop, file, offset, count, chunk, send):
    """Reads file from offset (count bytes, or to its end) in pieces of at
    most chunk bytes, awaiting send(piece) for each; the bytes sent.  The
    file's position ends just after them."""
    seekable = hasattr(file, 'seek')
    if seekable:
        file.seek(offset)
    size = min(count, chunk) if count else chunk
    buf = bytearray(size)
    sent = 0
    try:
        while not count or sent < count:
            if count:
                size = min(count - sent, size)
            view = memoryview(buf)[:size]
            got = await loop.run_in_executor(None, file.readinto, view)
            if not got:
                break
            await send(view[:got])
            sent += got
        return sent
    finally:
        if sent and seekable:
            file.seek(offset + sent)


class _SendfileLender(protocols.Protocol):
    """Stands in for a transport's protocol while sendfile's fallback writes:
    reading paused, drain() waiting out the write-buffer's high mark; then
    restore() gives the transport back to its protocol."""

    def __init__(self, transp):
        if not isinstance(transp, transports._WriteWaterMarks):
            raise TypeError('transport should be _FlowControlMixin instance')
        self._transport, self._proto = transp, transp.get_protocol()
        self._resume_reading = transp.is_reading()
        self._resume_writing = transp._protocol_paused
        transp.pause_reading()
        transp.set_protocol(self)
        self._writable = transp._loop.create_future() if self._resume_writing else None

    async def drain(self):
        if self._transport.is_closing():
            raise ConnectionError('Connection closed by peer')
        if self._writable is not None:
            await self._writable

    def connection_made(self, transport):
        raise RuntimeError('Invalid state: connection should have been established already.')

    def connection_lost(self, exc):
        if self._writable is not None:
            self._writable.set_exception(
                ConnectionError('Connection is closed by peer') if exc is None else exc)
        self._proto.connection_lost(exc)

    def pause_writing(self):
        if self._writable is None:
            self._writable = self._transport._loop.create_future()

    def resume_writing(self):
        if self._writable is not None:
            self._writable.set_result(False)
            self._writable = None

    def data_received(self, data):
        raise RuntimeError('Invalid state: reading should be paused')

    def eof_received(self):
        raise RuntimeError('Invalid state: reading should be paused')

    async def restore(self):
        self._transport.set_protocol(self._proto)
        if self._resume_reading:
            self._transport.resume_reading()
        if self._writable is not None:
            self._writable.cancel()
        if self._resume_writing:
            self._proto.resume_writing()


def _numeric_info(host, port, family, type_, proto, flowinfo=0, scopeid=0):
    """The address info of a numeric host and port, or None to resolve."""
    if not hasattr(socket, 'inet_pton'):
        return None
    if type_ == socket.SOCK_STREAM:
        default_proto = socket.IPPROTO_TCP
    elif type_ == socket.SOCK_DGRAM:
        default_proto = socket.IPPROTO_UDP
    else:
        return None
    if host is None or port is None:
        return None
    if not isinstance(port, int):
        try:
            port = int(port)
        except (TypeError, ValueError):
            return None
    if isinstance(host, bytes):
        host = host.decode('idna')
    if '%' in host:
        return None
    proto = proto or default_proto
    for af in (socket.AF_INET, socket.AF_INET6):
        if family not in (socket.AF_UNSPEC, af):
            continue
        try:
            socket.inet_pton(af, host)
        except OSError:
            continue
        if af == socket.AF_INET6:
            return af, type_, proto, '', (host, port, flowinfo, scopeid)
        return af, type_, proto, '', (host, port)
    return None


def _child_options(universal_newlines, shell, shell_wanted, bufsize, text, encoding,
                   errors):
    """Refuse the Popen options a subprocess transport cannot honour."""
    checks = (('universal_newlines', universal_newlines, 'False'),
              ('shell', bool(shell) != shell_wanted, str(shell_wanted)),
              ('bufsize', bufsize != 0, '0'), ('text', text, 'False'),
              ('encoding', encoding is not None, 'None'),
              ('errors', errors is not None, 'None'))
    for name, wrong, wanted in checks:
        if wrong:
            raise ValueError(f'{name} must be {wanted}')


def _pipe_name(spec):
    return {subprocess.PIPE: '<pipe>', subprocess.STDOUT: '<stdout>'}.get(spec, repr(spec))


def _allow_port_reuse(sock):
    if not hasattr(socket, 'SO_REUSEPORT'):
        raise ValueError('reuse_port not supported by socket module')
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    except OSError:
        raise ValueError('reuse_port not supported by socket module, '
                         'SO_REUSEPORT defined but not implemented.')


def _bind_first(sock, family, local_infos):
    last = None
    for lfamily, _, _, _, laddr in local_infos:
        if lfamily != family:
            continue
        try:
            sock.bind(laddr)
            return
        except OSError as exc:
            last = OSError(exc.errno, f'error while attempting to bind on '
                                      f'address {laddr!r}: {str(exc).lower()}')
    if last is None:
        raise OSError(f'no matching local address with family={family} found')
    raise last


def _raise_connect_errors(errors, all_errors):
    if all_errors:
        raise ExceptionGroup('create_connection failed', errors)
    if len(errors) == 1:
        raise errors[0]
    text = str(errors[0])
    if all(str(exc) == text for exc in errors):
        raise errors[0]
    raise OSError('Multiple exceptions: ' + ', '.join(str(exc) for exc in errors))


def _listening_socket(info, reuse_address, reuse_port, keep_alive):
    family, type_, proto, _, address = info
    try:
        sock = socket.socket(family, type_, proto)
    except OSError:
        return None
    try:
        if reuse_address:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
        if reuse_port:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        if keep_alive:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, True)
        if family == socket.AF_INET6:
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, True)
        try:
            sock.bind(address)
        except OSError as exc:
            raise OSError(exc.errno, f'error while attempting to bind on address '
                                     f'{address!r}: {str(exc).lower()}') from None
    except BaseException:
        sock.close()
        raise
    return sock


class Server(events.AbstractServer):
    """Listening sockets and the connections accepted on them."""

    def __init__(self, loop, sockets, protocol_factory, ssl_context, backlog,
                 ssl_handshake_timeout, ssl_shutdown_timeout=None):
        self._loop = loop
        self._sockets = [s for s in sockets if s is not None]
        self._clients = weakref.WeakSet()
        self._waiters = []
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f'<{type(self).__name__} sockets={self.sockets!r}>'

    def _attach(self, transport):
        self._clients.add(transport)

    def _detach(self, transport):
        self._clients.discard(transport)
        if not self._clients and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters, self._waiters = self._waiters, None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.listen(self._backlog)
            self._loop._start_serving(self._protocol_factory, sock, self, self._backlog)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        return () if self._sockets is None else tuple(self._sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            self._loop._stop_serving(sock)
        self._serving = False
        fut = self._serving_forever_fut
        if fut is not None and not fut.done():
            fut.cancel()
            self._serving_forever_fut = None
        if not self._clients:
            self._wakeup()

    def close_clients(self):
        for transport in list(self._clients):
            transport.close()

    def abort_clients(self):
        for transport in list(self._clients):
            transport.abort()

    async def start_serving(self):
        self._start_serving()
        await tasks.sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except exceptions.CancelledError:
            try:
                self.close()
                self.close_clients()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        """Wait until the server is closed and its connections are gone."""
        if self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter
