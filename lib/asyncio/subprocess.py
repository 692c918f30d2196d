"""Child processes driven with streams: create_subprocess_exec() and
create_subprocess_shell() return a Process whose stdin is a StreamWriter
and whose stdout and stderr are StreamReaders."""

__all__ = 'create_subprocess_exec', 'create_subprocess_shell'

import subprocess as _subprocess

from . import events, protocols, streams, tasks
from .log import logger

PIPE, STDOUT, DEVNULL = _subprocess.PIPE, _subprocess.STDOUT, _subprocess.DEVNULL


class SubprocessStreamProtocol(streams.FlowControlMixin, protocols.SubprocessProtocol):
    """Feeds the child's output to StreamReaders and closes the transport
    once the child has exited and its output pipes are shut."""

    def __init__(self, limit, loop):
        super().__init__(loop=loop)
        self._limit = limit
        self.stdin = self.stdout = self.stderr = self._transport = None
        self._exited = False
        self._open_outputs = []          # 1 and/or 2 while their pipes are open
        self._stdin_done = loop.create_future()

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
        self._open_outputs.append(fd)
        return reader

    def connection_made(self, transport):
        self._transport = transport
        self.stdout = self._reader_for(transport, 1)
        self.stderr = self._reader_for(transport, 2)
        pipe = transport.get_pipe_transport(0)
        if pipe is not None:
            self.stdin = streams.StreamWriter(pipe, protocol=self, reader=None,
                                              loop=self._loop)

    def _output(self, fd):
        """The StreamReader of fd 1 or 2, or None."""
        return (None, self.stdout, self.stderr)[fd] if fd in (1, 2) else None

    def pipe_data_received(self, fd, data):
        reader = self._output(fd)
        if reader is not None:
            reader.feed_data(data)

    def pipe_connection_lost(self, fd, exc):
        if fd == 0:
            self._input_lost(exc)
            return
        reader = self._output(fd)
        if reader is not None and exc is None:
            reader.feed_eof()
        elif reader is not None:
            reader.set_exception(exc)
        try:
            self._open_outputs.remove(fd)
        except ValueError:
            pass
        self._release_transport()

    def _input_lost(self, exc):
        if self.stdin is not None:
            self.stdin.close()
        self.connection_lost(exc)
        done = self._stdin_done
        if exc is not None:
            done.set_exception(exc)
            done._log_traceback = False      # nobody has to call wait_closed()
        else:
            done.set_result(None)

    def process_exited(self):
        """The child ended: let the transport go once its outputs are shut."""
        self._exited = True
        self._release_transport()

    def _release_transport(self):
        if self._open_outputs or not self._exited:
            return
        transport, self._transport = self._transport, None
        transport.close()

    def _get_close_waiter(self, stream):
        return self._stdin_done if stream is self.stdin else None


class Process:
    """A child process started by create_subprocess_exec/_shell."""

    def __init__(self, transport, protocol, loop):
        self._transport, self._protocol, self._loop = transport, protocol, loop
        self.stdin, self.stdout, self.stderr = protocol.stdin, protocol.stdout, protocol.stderr
        self.pid = transport.get_pid()

    def __repr__(self):
        return f'<{type(self).__name__} {self.pid}>'

    returncode = property(lambda self: self._transport.get_returncode(),
                          doc='The exit code once the child has exited, else None.')

    def kill(self):
        """Kill the child with SIGKILL."""
        self._transport.kill()

    def terminate(self):
        """Ask the child to end with SIGTERM."""
        self._transport.terminate()

    def send_signal(self, signal):
        """Send signal to the child."""
        self._transport.send_signal(signal)

    async def wait(self):
        """Wait for the child to exit; return its exit code."""
        return await self._transport._wait()

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


def _stream_protocol_factory(loop, limit):
    return lambda: SubprocessStreamProtocol(limit=limit, loop=loop)


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None,
                                  limit=streams._DEFAULT_LIMIT, **kwds):
    """Run cmd through /bin/sh; return a Process."""
    loop = events.get_running_loop()
    transport, protocol = await loop.subprocess_shell(
        _stream_protocol_factory(loop, limit), cmd,
        stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(transport, protocol, loop)


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None,
                                 limit=streams._DEFAULT_LIMIT, **kwds):
    """Run program with args; return a Process."""
    loop = events.get_running_loop()
    transport, protocol = await loop.subprocess_exec(
        _stream_protocol_factory(loop, limit), program, *args,
        stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(transport, protocol, loop)
