"""The transport of a child process: its pid, its exit, and a pipe
transport for each of stdin (0), stdout (1) and stderr (2) made a PIPE.

The protocol hears connection_made() once every pipe is connected; pipe
events and the exit that happen before are held back until then, and
connection_lost() comes once the child has exited and every pipe is shut.
"""

import collections
import os
import signal
import subprocess
import warnings

from . import protocols
from . import transports
from .log import logger


class BaseSubprocessTransport(transports.SubprocessTransport):
    """Subclasses start the child in _start(), which sets self._proc."""

    def __init__(self, loop, protocol, args, shell, stdin, stdout, stderr, bufsize,
                 waiter=None, extra=None, **kwargs):
        super().__init__(extra)
        self._closed = self._finished = False
        self._protocol, self._loop = protocol, loop
        self._proc = self._pid = self._returncode = None
        self._exit_waiters = set()
        self._held = collections.deque()     # calls waiting for connection_made
        # fd -> its pipe's protocol once connected (None until then)
        self._pipes = {fd: None for fd, spec in enumerate((stdin, stdout, stderr))
                       if spec == subprocess.PIPE}
        try:
            self._start(args=args, shell=shell, stdin=stdin, stdout=stdout,
                        stderr=stderr, bufsize=bufsize, **kwargs)
        except:
            self.close()
            raise
        self._pid = self._proc.pid
        self._extra['subprocess'] = self._proc
        if loop.get_debug():
            program = args if isinstance(args, (bytes, str)) else args[0]
            logger.debug('process %r created: pid %s', program, self._pid)
        loop.create_task(self._connect_pipes(waiter))

    def __repr__(self):
        parts = [type(self).__name__]
        if self._closed:
            parts.append('closed')
        if self._pid is not None:
            parts.append(f'pid={self._pid}')
        if self._returncode is not None:
            parts.append(f'returncode={self._returncode}')
        else:
            parts.append('running' if self._pid is not None else 'not started')
        pipes = {fd: proto.pipe for fd, proto in self._pipes.items() if proto is not None}
        if 0 in pipes:
            parts.append(f'stdin={pipes[0]}')
        if 1 in pipes and self._pipes.get(2) is self._pipes[1]:
            parts.append(f'stdout=stderr={pipes[1]}')
        else:
            parts.extend(f'{name}={pipes[fd]}' for fd, name in ((1, 'stdout'), (2, 'stderr'))
                         if fd in pipes)
        return '<' + ' '.join(parts) + '>'

    def _start(self, args, shell, stdin, stdout, stderr, bufsize, **kwargs):
        raise NotImplementedError

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closed

    def close(self):
        """Close the pipes and kill the child if it still runs."""
        if self._closed:
            return
        self._closed = True
        for proto in self._pipes.values():
            if proto is not None and self._loop and not self._loop.is_closed():
                proto.pipe.close()
        proc = self._proc
        if proc is None or self._returncode is not None or proc.poll() is not None:
            return
        if self._loop.get_debug():
            logger.warning('Close running child process: kill %r', self)
        try:
            proc.kill()
        except (ProcessLookupError, PermissionError):
            pass

    def __del__(self, _warn=warnings.warn):
        if not self._closed:
            _warn(f'unclosed transport {self!r}', ResourceWarning, source=self)
            self.close()

    def get_pid(self):
        return self._pid

    def get_returncode(self):
        return self._returncode

    def get_pipe_transport(self, fd):
        if fd not in self._pipes:
            return None
        return self._pipes[fd].pipe

    def send_signal(self, signal):
        """Send a signal to the child, unless it has already exited."""
        if self._proc is None:
            raise ProcessLookupError()
        if self._returncode is not None:
            return
        try:
            os.kill(self._proc.pid, signal)
        except ProcessLookupError:
            pass

    def terminate(self):
        self.send_signal(signal.SIGTERM)

    def kill(self):
        self.send_signal(signal.SIGKILL)

    async def _connect_pipes(self, waiter):
        proc, loop = self._proc, self._loop
        wanted = ((0, proc.stdin, loop.connect_write_pipe, WriteSubprocessPipeProto),
                  (1, proc.stdout, loop.connect_read_pipe, ReadSubprocessPipeProto),
                  (2, proc.stderr, loop.connect_read_pipe, ReadSubprocessPipeProto))
        try:
            for fd, raw, connect, kind in wanted:
                if raw is not None:
                    _, self._pipes[fd] = await connect(
                        lambda fd=fd, kind=kind: kind(self, fd), raw)
            loop.call_soon(self._protocol.connection_made, self)
            for callback, args in self._held:
                loop.call_soon(callback, *args)
            self._held = None
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            for proto in self._pipes.values():
                if proto is not None:
                    proto.pipe.close()
            for _, raw, _, _ in wanted:
                if raw is not None:
                    raw.close()
            if waiter is not None and not waiter.cancelled():
                waiter.set_exception(exc)
        else:
            if waiter is not None and not waiter.cancelled():
                waiter.set_result(None)

    def _call(self, callback, *args):
        if self._held is None:
            self._loop.call_soon(callback, *args)
        else:
            self._held.append((callback, args))

    def _pipe_connection_lost(self, fd, exc):
        self._call(self._protocol.pipe_connection_lost, fd, exc)
        self._try_finish()

    def _pipe_data_received(self, fd, data):
        self._call(self._protocol.pipe_data_received, fd, data)

    def _process_exited(self, returncode):
        if self._loop.get_debug():
            logger.info('%r exited with return code %r', self, returncode)
        self._returncode = returncode
        if self._proc.returncode is None:
            self._proc.returncode = returncode   # Popen must not wait for it again
        self._call(self._protocol.process_exited)
        self._try_finish()
        waiters, self._exit_waiters = self._exit_waiters, None
        for fut in waiters:
            if not fut.done():
                fut.set_result(returncode)

    async def _wait(self):
        """The child's exit code, once it has exited."""
        if self._returncode is not None:
            return self._returncode
        fut = self._loop.create_future()
        self._exit_waiters.add(fut)
        try:
            return await fut
        finally:
            if self._exit_waiters is not None:
                self._exit_waiters.discard(fut)

    def _try_finish(self):
        if self._returncode is None:
            return
        if all(proto is not None and proto.disconnected for proto in self._pipes.values()):
            self._finished = True
            self._call(self._call_connection_lost, None)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._loop = self._proc = self._protocol = None


class WriteSubprocessPipeProto(protocols.BaseProtocol):
    """The protocol of the child's stdin pipe: reports to the transport."""

    def __init__(self, proc, fd):
        self.proc, self.fd = proc, fd
        self.pipe = None
        self.disconnected = False

    def __repr__(self):
        return f'<{type(self).__name__} fd={self.fd} pipe={self.pipe!r}>'

    def connection_made(self, transport):
        self.pipe = transport

    def connection_lost(self, exc):
        self.disconnected = True
        self.proc._pipe_connection_lost(self.fd, exc)
        self.proc = None

    def pause_writing(self):
        self.proc._protocol.pause_writing()

    def resume_writing(self):
        self.proc._protocol.resume_writing()


class ReadSubprocessPipeProto(WriteSubprocessPipeProto, protocols.Protocol):
    """The protocol of the child's stdout or stderr pipe."""

    def data_received(self, data):
        self.proc._pipe_data_received(self.fd, data)

