"""Child processes driven with streams: create_subprocess_exec() and
create_subprocess_shell() return a Process whose stdin is a StreamWriter
and whose stdout and stderr are StreamReaders."""

__all__ = 'create_subprocess_exec', 'create_subprocess_shell'

import subprocess

from . import events
from . import protocols
from . import streams
from . import tasks
from .log import logger

PIPE = subprocess.PIPE
STDOUT = subprocess.STDOUT
DEVNULL = subprocess.DEVNULL


class SubprocessStreamProtocol(streams.FlowControlMixin, protocols.SubprocessProtocol):
    """Feeds the child's output to StreamReaders and closes the transport
    once the child has exited and its output pipes are shut."""

    def __init__(self, limit, loop):
        super().__init__(loop=loop)
        self._limit = limit
        self.stdin = self.stdout = self.stderr = None
        self._transport = None
        self._process_exited = False
        self._pipe_fds = []
        self._stdin_closed = self._loop.create_future()

    def __repr__(self):
        shown = [f'{name}={stream!r}' for name, stream in
                 (('stdin', self.stdin), ('stdout', self.stdout), ('stderr', self.stderr))
                 if stream is not None]
        return '<' + ' '.join([type(self).__name__] + shown) + '>'

    def _reader_for(self, transport, fd):
        pipe = transport.get_pipe_transport(fd)
        if pipe is None:
            return None
        reader = streams.StreamReader(limit=self._limit, loop=self._loop)
        reader.set_transport(pipe)
        self._pipe_fds.append(fd)
        return reader

    def connection_made(self, transport):
        self._transport = transport
        self.stdout = self._reader_for(transport, 1)
        self.stderr = self._reader_for(transport, 2)
        stdin = transport.get_pipe_transport(0)
        if stdin is not None:
            self.stdin = streams.StreamWriter(stdin, protocol=self, reader=None,
                                              loop=self._loop)

    def _reader(self, fd):
        return {1: self.stdout, 2: self.stderr}.get(fd)

    def pipe_data_received(self, fd, data):
        reader = self._reader(fd)
        if reader is not None:
            reader.feed_data(data)

    def pipe_connection_lost(self, fd, exc):
        if fd == 0:
            self._stdin_lost(exc)
            return
        reader = self._reader(fd)
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if fd in self._pipe_fds:
            self._pipe_fds.remove(fd)
        self._maybe_close_transport()

    def _stdin_lost(self, exc):
        if self.stdin is not None:
            self.stdin.close()
        self.connection_lost(exc)
        if exc is None:
            self._stdin_closed.set_result(None)
        else:
            self._stdin_closed.set_exception(exc)
            self._stdin_closed._log_traceback = False   # wait_closed() is optional

    def process_exited(self):
        self._process_exited = True
        self._maybe_close_transport()

    def _maybe_close_transport(self):
        if self._process_exited and not self._pipe_fds:
            self._transport.close()
            self._transport = None

    def _get_close_waiter(self, stream):
        if stream is self.stdin:
            return self._stdin_closed


class Process:
    """A child process started by create_subprocess_exec/_shell."""

    def __init__(self, transport, protocol, loop):
        self._transport, self._protocol, self._loop = transport, protocol, loop
        self.stdin = protocol.stdin
        self.stdout = protocol.stdout
        self.stderr = protocol.stderr
        self.pid = transport.get_pid()

    def __repr__(self):
        return f'<{type(self).__name__} {self.pid}>'

    @property
    def returncode(self):
        return self._transport.get_returncode()

    async def wait(self):
        """Wait for the child to exit; return its exit code."""
        return await self._transport._wait()

    def send_signal(self, signal):
        self._transport.send_signal(signal)

    def terminate(self):
        self._transport.terminate()

    def kill(self):
        self._transport.kill()

    def _debug(self, text, *args):
        if self._loop.get_debug():
            logger.debug('%r communicate: ' + text, self, *args)

    async def _feed_stdin(self, input):
        try:
            if input is not None:
                self.stdin.write(input)
                self._debug('feed stdin (%s bytes)', len(input))
            await self.stdin.drain()
        except (BrokenPipeError, ConnectionResetError) as exc:
            # The child may stop reading: communicate() does not mind.
            self._debug('stdin got %r', exc)
        self._debug('close stdin')
        self.stdin.close()

    async def _nothing(self):
        return None

    async def _read_all(self, fd):
        pipe = self._transport.get_pipe_transport(fd)
        name = 'stdout' if fd == 1 else 'stderr'
        self._debug('read %s', name)
        data = await (self.stdout if fd == 1 else self.stderr).read()
        self._debug('close %s', name)
        pipe.close()
        return data

    async def communicate(self, input=None):
        """Send input, read stdout and stderr to their ends, wait for the
        child; return (stdout_data, stderr_data)."""
        feed = self._feed_stdin(input) if self.stdin is not None else self._nothing()
        out = self._read_all(1) if self.stdout is not None else self._nothing()
        err = self._read_all(2) if self.stderr is not None else self._nothing()
        _, out, err = await tasks.gather(feed, out, err)
        await self.wait()
        return (out, err)


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None,
                                  limit=streams._DEFAULT_LIMIT, **kwds):
    """Run cmd through /bin/sh; return a Process."""
    loop = events.get_running_loop()
    transport, protocol = await loop.subprocess_shell(
        lambda: SubprocessStreamProtocol(limit=limit, loop=loop), cmd,
        stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(transport, protocol, loop)


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None,
                                 limit=streams._DEFAULT_LIMIT, **kwds):
    """Run program with args; return a Process."""
    loop = events.get_running_loop()
    transport, protocol = await loop.subprocess_exec(
        lambda: SubprocessStreamProtocol(limit=limit, loop=loop), program, *args,
        stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(transport, protocol, loop)
