"""The callback interfaces a transport drives (all methods do nothing here)."""

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol',
           'SubprocessProtocol', 'BufferedProtocol')


class BaseProtocol:
    """Connection and flow-control callbacks shared by every protocol."""

    __slots__ = ()

    def connection_made(self, transport):
        """The connection is up; transport is its transport."""

    def connection_lost(self, exc):
        """The connection is gone (exc is None after a normal close)."""

    def pause_writing(self):
        """The transport's write buffer went over its high-water mark."""

    def resume_writing(self):
        """The transport's write buffer drained under its low-water mark."""


class Protocol(BaseProtocol):
    """A stream protocol: receives bytes as they arrive."""

    __slots__ = ()

    def data_received(self, data):
        """Some bytes arrived."""

    def eof_received(self):
        """The peer will send nothing more; a true result keeps the
        transport open for writing."""


class BufferedProtocol(BaseProtocol):
    """A stream protocol that hands the transport its own buffer."""

    __slots__ = ()

    def get_buffer(self, sizehint):
        """Return a writable buffer for the next bytes received."""

    def buffer_updated(self, nbytes):
        """nbytes were written into the buffer get_buffer() gave."""

    def eof_received(self):
        """The peer will send nothing more."""


class DatagramProtocol(BaseProtocol):
    """A datagram protocol."""

    __slots__ = ()

    def datagram_received(self, data, addr):
        """A datagram arrived from addr."""

    def error_received(self, exc):
        """A send or receive failed with exc (an OSError)."""


class SubprocessProtocol(BaseProtocol):
    """A protocol for a child process's pipes."""

    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """The child wrote data on its stdout or stderr (fd 1 or 2)."""

    def pipe_connection_lost(self, fd, exc):
        """One of the child's pipes closed."""

    def process_exited(self):
        """The child exited."""
