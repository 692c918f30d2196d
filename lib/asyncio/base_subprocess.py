"""The transport of a child process: its pid, its exit, and a pipe
transport for each of stdin (0), stdout (1) and stderr (2) made a PIPE.

The protocol hears connection_made() once every pipe is connected; pipe
events and the exit that happen before are held back until then, and
connection_lost() comes once the child has exited and every pipe is shut.
"""

import collections
import os
import signal as _signal
import subprocess
import warnings

from . import protocols, transports
from .log import logger


def _kill_with(signum, doc):
    def send(self):
        self.send_signal(signum)
    send.__doc__ = doc
    return send


class BaseSubprocessTransport(transports.SubprocessTransport):
    """Subclasses start the child in _start(), which sets self._popen."""

    def __init__(self, loop, protocol, args, shell, stdin, stdout, stderr, bufsize,
                 waiter=None, extra=None, **kwargs):
        super().__init__(extra)
        self._loop, self._protocol = loop, protocol
        self._shut = self._finished = False
        self._popen = self._pid = self._exit_code = None
        self._exit_futures = set()
        self._held = collections.deque()     # calls waiting for connection_made
        # fd -> the protocol of its pipe once connected (None until then)
        self._links = {fd: None for fd, spec in enumerate((stdin, stdout, stderr))
                       if spec == subprocess.PIPE}
        try:
            self._start(args=args, shell=shell, stdin=stdin, stdout=stdout,
                        stderr=stderr, bufsize=bufsize, **kwargs)
        except:
            self.close()
            raise
        self._pid = self._popen.pid
        self._extra['subprocess'] = self._popen
        if loop.get_debug():
            program = args if isinstance(args, (bytes, str)) else args[0]
            logger.debug('process %r created: pid %s', program, self._pid)
        loop.create_task(self._connect_pipes(waiter))

    def _start(self, args, shell, stdin, stdout, stderr, bufsize, **kwargs):
        raise NotImplementedError

    def __repr__(self):
        parts = [type(self).__name__]
        if self._shut:
            parts.append('closed')
        if self._pid is not None:
            parts.append(f'pid={self._pid}')
        if self._exit_code is not None:
            parts.append(f'returncode={self._exit_code}')
        else:
            parts.append('running' if self._pid is not None else 'not started')
        pipes = {fd: link.pipe for fd, link in self._links.items() if link is not None}
        if 0 in pipes:
            parts.append(f'stdin={pipes[0]}')
        if 1 in pipes and self._links.get(2) is self._links[1]:
            parts.append(f'stdout=stderr={pipes[1]}')
        else:
            parts.extend(f'{name}={pipes[fd]}' for fd, name in ((1, 'stdout'), (2, 'stderr'))
                         if fd in pipes)
        return '<' + ' '.join(parts) + '>'

    # --- what the protocol and its user may ask ---

    def get_pid(self):
        return self._pid

    def get_returncode(self):
        return self._exit_code

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_pipe_transport(self, fd):
        """The transport of the pipe on the child's fd, None if not a PIPE."""
        return self._links[fd].pipe if fd in self._links else None

    def is_closing(self):
        return self._shut

    def send_signal(self, signal):
        """Send a signal to the child, unless it has already exited."""
        if self._popen is None:
            raise ProcessLookupError()
        if self._exit_code is None:
            try:
                os.kill(self._popen.pid, signal)
            except ProcessLookupError:
                pass

    terminate = _kill_with(_signal.SIGTERM, 'Ask the child to end (SIGTERM).')
    kill = _kill_with(_signal.SIGKILL, 'Kill the child (SIGKILL).')

    def close(self):
        """Close the pipes and kill the child if it still runs."""
        if self._shut:
            return
        self._shut = True
        loop_open = self._loop and not self._loop.is_closed()
        for link in self._links.values():
            if link is not None and loop_open:
                link.pipe.close()
        popen = self._popen
        if popen is None or self._exit_code is not None or popen.poll() is not None:
            return
        if self._loop.get_debug():
            logger.warning('Close running child process: kill %r', self)
        try:
            popen.kill()
        except (ProcessLookupError, PermissionError):
            pass

    def __del__(self, _warn=warnings.warn):
        if not self._shut:
            _warn(f'unclosed transport {self!r}', ResourceWarning, source=self)
            self.close()

    # --- connecting the pipes ---

    async def _connect_pipes(self, waiter):
        popen, loop = self._popen, self._loop
        plan = ((0, popen.stdin, loop.connect_write_pipe, WriteSubprocessPipeProto),
                (1, popen.stdout, loop.connect_read_pipe, ReadSubprocessPipeProto),
                (2, popen.stderr, loop.connect_read_pipe, ReadSubprocessPipeProto))
        try:
            for fd, raw, connect, kind in plan:
                if raw is None:
                    continue
                _, self._links[fd] = await connect(lambda fd=fd, kind=kind: kind(self, fd), raw)
            loop.call_soon(self._protocol.connection_made, self)
            held, self._held = self._held, None
            for callback, args in held:
                loop.call_soon(callback, *args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._abandon_pipes(plan)
            if waiter is not None and not waiter.cancelled():
                waiter.set_exception(exc)
            return
        if waiter is not None and not waiter.cancelled():
            waiter.set_result(None)

    def _abandon_pipes(self, plan):
        for link in self._links.values():
            if link is not None:
                link.pipe.close()
        for _, raw, _, _ in plan:
            if raw is not None:
                raw.close()

    # --- events, passed on to the protocol in order ---

    def _relay(self, callback, *args):
        if self._held is not None:
            self._held.append((callback, args))
        else:
            self._loop.call_soon(callback, *args)

    def _on_pipe_data(self, fd, data):
        self._relay(self._protocol.pipe_data_received, fd, data)

    def _on_pipe_lost(self, fd, exc):
        self._relay(self._protocol.pipe_connection_lost, fd, exc)
        self._maybe_finish()

    def _process_exited(self, returncode):
        """The child has ended with returncode (the watcher reaped it)."""
        if self._loop.get_debug():
            logger.info('%r exited with return code %r', self, returncode)
        self._exit_code = returncode
        if self._popen.returncode is None:
            self._popen.returncode = returncode   # so Popen never waits for it again
        self._relay(self._protocol.process_exited)
        self._maybe_finish()
        futures, self._exit_futures = self._exit_futures, None
        for fut in futures:
            if not fut.done():
                fut.set_result(returncode)

    async def _wait(self):
        """The child's exit code, once it has exited."""
        if self._exit_code is not None:
            return self._exit_code
        fut = self._loop.create_future()
        self._exit_futures.add(fut)
        try:
            return await fut
        finally:
            if self._exit_futures is not None:
                self._exit_futures.discard(fut)

    def _maybe_finish(self):
        if self._exit_code is None:
            return
        if all(link is not None and link.disconnected for link in self._links.values()):
            self._finished = True
            self._relay(self._lose_connection)

    def _lose_connection(self):
        try:
            self._protocol.connection_lost(None)
        finally:
            self._loop = self._popen = self._protocol = None


class WriteSubprocessPipeProto(protocols.BaseProtocol):
    """The protocol of the child's stdin pipe: reports to the transport."""

    def __init__(self, proc, fd):
        self.proc, self.fd, self.pipe = proc, fd, None
        self.disconnected = False

    def __repr__(self):
        return f'<{type(self).__name__} fd={self.fd} pipe={self.pipe!r}>'

    def connection_made(self, transport):
        self.pipe = transport

    def pause_writing(self):
        self.proc._protocol.pause_writing()

    def resume_writing(self):
        self.proc._protocol.resume_writing()

    def connection_lost(self, exc):
        self.disconnected = True
        owner, self.proc = self.proc, None
        owner._on_pipe_lost(self.fd, exc)


class ReadSubprocessPipeProto(WriteSubprocessPipeProto, protocols.Protocol):
    """The protocol of the child's stdout or stderr pipe."""

    def data_received(self, data):
        self.proc._on_pipe_data(self.fd, data)
