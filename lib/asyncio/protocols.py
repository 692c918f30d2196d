"""The callback interfaces a transport drives.

Every callback here does nothing; a protocol overrides the ones it needs.
"""

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol',
           'SubprocessProtocol', 'BufferedProtocol')


def _callbacks(*names):
    """Class decorator: give the class a do-nothing method per name."""
    def add(cls):
        for name in names:
            def ignore(self, *args):
                return None
            ignore.__name__ = name
            ignore.__qualname__ = f'{cls.__name__}.{name}'
            setattr(cls, name, ignore)
        return cls
    return add


@_callbacks('connection_made', 'connection_lost', 'pause_writing', 'resume_writing')
class BaseProtocol:
    """Connection and flow-control callbacks shared by every protocol."""
    __slots__ = ()


@_callbacks('data_received', 'eof_received')
class Protocol(BaseProtocol):
    """A stream protocol: data_received(bytes) as bytes arrive;
    eof_received() returning true keeps the transport open for writing."""
    __slots__ = ()


@_callbacks('get_buffer', 'buffer_updated', 'eof_received')
class BufferedProtocol(BaseProtocol):
    """A stream protocol that lends the transport its own buffer:
    get_buffer(sizehint), then buffer_updated(nbytes)."""
    __slots__ = ()


@_callbacks('datagram_received', 'error_received')
class DatagramProtocol(BaseProtocol):
    """A datagram protocol: datagram_received(data, addr), error_received(exc)."""
    __slots__ = ()


@_callbacks('pipe_data_received', 'pipe_connection_lost', 'process_exited')
class SubprocessProtocol(BaseProtocol):
    """A protocol for a child process's pipes."""
    __slots__ = ()
