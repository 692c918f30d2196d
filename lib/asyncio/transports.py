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
