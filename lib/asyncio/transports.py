"""The interfaces of transports (what a protocol may ask of its transport).

The methods a concrete transport must provide raise NotImplementedError here.
"""

__all__ = ('BaseTransport', 'ReadTransport', 'WriteTransport', 'Transport',
           'DatagramTransport', 'SubprocessTransport')


def _required(*names):
    """Class decorator: a method per name that a subclass must override."""
    def add(cls):
        for name in names:
            def missing(self, *args, **kwargs):
                raise NotImplementedError
            missing.__name__ = name
            missing.__qualname__ = f'{cls.__name__}.{name}'
            setattr(cls, name, missing)
        return cls
    return add


@_required('is_closing', 'close', 'set_protocol', 'get_protocol')
class BaseTransport:
    """What every transport offers."""

    __slots__ = ('_extra',)

    def __init__(self, extra=None):
        self._extra = {} if extra is None else extra

    def get_extra_info(self, name, default=None):
        """Optional information about the transport ('peername', 'socket'...)."""
        return self._extra.get(name, default)


@_required('is_reading', 'pause_reading', 'resume_reading')
class ReadTransport(BaseTransport):
    """A transport that receives."""
    __slots__ = ()


@_required('set_write_buffer_limits', 'get_write_buffer_size',
           'get_write_buffer_limits', 'write', 'write_eof', 'can_write_eof', 'abort')
class WriteTransport(BaseTransport):
    """A transport that sends."""

    __slots__ = ()

    def writelines(self, list_of_data):
        """Write each item of the iterable, in order."""
        self.write(b''.join(list_of_data))


class Transport(ReadTransport, WriteTransport):
    """A bidirectional stream transport."""
    __slots__ = ()


@_required('sendto', 'abort')
class DatagramTransport(BaseTransport):
    """A transport that sends and receives whole datagrams."""
    __slots__ = ()


@_required('get_pid', 'get_returncode', 'get_pipe_transport',
           'send_signal', 'terminate', 'kill')
class SubprocessTransport(BaseTransport):
    """The transport of a child process and its pipes."""
    __slots__ = ()


class _WriteWaterMarks:
    """Write-buffer water marks for a transport that keeps what it cannot
    send at once: the protocol's pause_writing() once the buffer grows above
    the high mark, resume_writing() once it is back at or below the low one.
    The transport has _loop, _protocol and get_write_buffer_size(), and calls
    _init_water_marks() when it is made."""
    __slots__ = ()

    def _init_water_marks(self):
        self._protocol_paused = False
        self._high, self._low = 64 * 1024, 16 * 1024

    def get_write_buffer_limits(self):
        return (self._low, self._high)

    def set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            high = 64 * 1024 if low is None else 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError(f'high ({high!r}) must be >= low ({low!r}) must be >= 0')
        self._high, self._low = high, low
        self._check_pause()

    def _check_pause(self):
        if not self._protocol_paused and self.get_write_buffer_size() > self._high:
            self._protocol_paused = True
            self._call_protocol('pause_writing')

    def _check_resume(self):
        if self._protocol_paused and self.get_write_buffer_size() <= self._low:
            self._protocol_paused = False
            self._call_protocol('resume_writing')

    def _call_protocol(self, name):
        try:
            getattr(self._protocol, name)()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'protocol.{name}() failed',
                'exception': exc, 'transport': self, 'protocol': self._protocol})
