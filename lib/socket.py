"""Network sockets: the socket class over _socket.socket and its helpers.

The functions and constants of _socket are re-exported; the integer families,
kinds, message flags and address-info flags become IntEnum/IntFlag members so
they print by name.  Extra over _socket: socket objects with makefile(),
sendfile(), dup() and the context manager; fromfd(), socketpair(),
create_connection(), create_server(), has_dualstack_ipv6(), getfqdn(), and a
getaddrinfo() whose results carry the enums.
"""
import _socket
from _socket import *

import io
import os
import sys
from enum import IntEnum, IntFlag

try:
    import errno
except ImportError:
    errno = None
EBADF = getattr(errno, 'EBADF', 9)
EAGAIN = getattr(errno, 'EAGAIN', 11)
EWOULDBLOCK = getattr(errno, 'EWOULDBLOCK', 11)

__all__ = ["fromfd", "getfqdn", "create_connection", "create_server",
           "has_dualstack_ipv6", "AddressFamily", "SocketKind"]
__all__.extend(name for name in dir(_socket) if name[:1] != "_")


def _upper_with(prefix):
    return lambda name: name.isupper() and name.startswith(prefix)


IntEnum._convert_('AddressFamily', __name__, _upper_with('AF_'))
IntEnum._convert_('SocketKind', __name__, _upper_with('SOCK_'))
IntFlag._convert_('MsgFlag', __name__, _upper_with('MSG_'))
IntFlag._convert_('AddressInfo', __name__, _upper_with('AI_'))

_LOCALHOST = '127.0.0.1'
_LOCALHOST_V6 = '::1'


def _intenum_converter(value, enum_klass):
    """The member of enum_klass for value, or value itself when none is."""
    try:
        return enum_klass(value)
    except ValueError:
        return value


class _GiveupOnSendfile(Exception):
    pass


class socket(_socket.socket):
    """A subclass of _socket.socket adding the makefile() method."""

    __slots__ = ["__weakref__", "_io_refs", "_closed"]

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            family = AF_INET if family == -1 else family
            type = SOCK_STREAM if type == -1 else type
            proto = 0 if proto == -1 else proto
        _socket.socket.__init__(self, family, type, proto, fileno)
        self._io_refs = 0
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, '_closed', False)
        parts = ["<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            self.__class__.__module__, self.__class__.__qualname__,
            " [closed]" if closed else "", self.fileno(),
            self.family, self.type, self.proto)]
        if not closed:
            for label, getter in (("laddr", self.getsockname),
                                  ("raddr", self.getpeername)):
                try:
                    where = getter()
                except error:
                    continue
                if where:
                    parts.append(", %s=%s" % (label, where))
        return "".join(parts) + ">"

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    def dup(self):
        """dup() -> socket object

        Duplicate the socket. Return a new socket object connected to the same
        system resource. The new socket is non-inheritable.
        """
        copy = self.__class__(self.family, self.type, self.proto,
                              fileno=dup(self.fileno()))
        copy.settimeout(self.gettimeout())
        return copy

    def accept(self):
        """accept() -> (socket object, address info)

        Wait for an incoming connection.  Return a new socket
        representing the connection, and the address of the client.
        For IP sockets, the address info is a pair (hostaddr, port).
        """
        fd, address = self._accept()
        conn = socket(self.family, self.type, self.proto, fileno=fd)
        if getdefaulttimeout() is None and self.gettimeout():
            conn.setblocking(True)
        return conn, address

    def makefile(self, mode="r", buffering=None, *,
                 encoding=None, errors=None, newline=None):
        """makefile(...) -> an I/O stream connected to the socket

        The arguments are as for io.open() after the filename, except the only
        supported mode values are 'r' (default), 'w', 'b', or a combination of
        those.
        """
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        reading = "r" in mode
        writing = "w" in mode or not reading
        assert reading or writing
        binary = "b" in mode
        raw_mode = ("r" if reading else "") + ("w" if writing else "")
        raw = SocketIO(self, raw_mode)
        self._io_refs += 1
        if buffering is None:
            buffering = -1
        if buffering < 0:
            buffering = io.DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if not binary:
                raise ValueError("unbuffered streams must be binary")
            return raw
        if reading and writing:
            stream = io.BufferedRWPair(raw, raw, buffering)
        elif reading:
            stream = io.BufferedReader(raw, buffering)
        else:
            stream = io.BufferedWriter(raw, buffering)
        if binary:
            return stream
        text = io.TextIOWrapper(stream, encoding, errors, newline)
        text.mode = mode
        return text

    def _check_sendfile_params(self, file, offset, count):
        if 'b' not in getattr(file, 'mode', 'b'):
            raise ValueError("file should be opened in binary mode")
        if not self.type & SOCK_STREAM:
            raise ValueError("only SOCK_STREAM type sockets are supported")
        if count is not None:
            if not isinstance(count, int):
                raise TypeError(
                    "count must be a positive integer (got {!r})".format(count))
            if count <= 0:
                raise ValueError(
                    "count must be a positive integer (got {!r})".format(count))

    def _sendfile_use_send(self, file, offset=0, count=None):
        self._check_sendfile_params(file, offset, count)
        if self.gettimeout() == 0:
            raise ValueError("non-blocking sockets are not supported")
        if offset:
            file.seek(offset)
        chunk = min(count, 8192) if count else 8192
        sent = 0
        try:
            while count is None or sent < count:
                want = chunk if count is None else min(count - sent, chunk)
                if want <= 0:
                    break
                data = memoryview(file.read(want))
                if not data:
                    break
                while data:
                    try:
                        n = self.send(data)
                    except BlockingIOError:
                        continue
                    sent += n
                    data = data[n:]
            return sent
        finally:
            if sent > 0 and hasattr(file, 'seek'):
                file.seek(offset + sent)

    def sendfile(self, file, offset=0, count=None):
        """sendfile(file[, offset[, count]]) -> sent

        Send a file until EOF is reached, using send() (this build has no
        zero-copy path).  *file* must be a regular file object opened in
        binary mode; *offset* tells from where to start reading, *count* how
        many bytes to send at most.  Return the total number of bytes sent.
        """
        return self._sendfile_use_send(file, offset, count)

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def _real_close(self, _ss=_socket.socket):
        _ss.close(self)

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        """detach() -> file descriptor

        Close the socket object without closing the underlying file descriptor.
        The object cannot be used after this call, but the file descriptor
        can be reused for other purposes.  The file descriptor is returned.
        """
        self._closed = True
        return super().detach()

    @property
    def family(self):
        """Read-only access to the address family for this socket."""
        return _intenum_converter(super().family, AddressFamily)

    @property
    def type(self):
        """Read-only access to the socket type."""
        return _intenum_converter(super().type, SocketKind)

    def get_inheritable(self):
        return os.get_inheritable(self.fileno())

    def set_inheritable(self, inheritable):
        os.set_inheritable(self.fileno(), inheritable)

    get_inheritable.__doc__ = "Get the inheritable flag of the socket"
    set_inheritable.__doc__ = "Set the inheritable flag of the socket"


def fromfd(fd, family, type, proto=0):
    """fromfd(fd, family, type[, proto]) -> socket object

    Create a socket object from a duplicate of the given file
    descriptor.  The remaining arguments are the same as for socket().
    """
    return socket(family, type, proto, dup(fd))


def send_fds(sock, buffers, fds, flags=0, address=None):
    """send_fds(sock, buffers, fds[, flags[, address]]) -> integer

    Send the list of file descriptors fds over an AF_UNIX socket.
    """
    packed = b"".join(int(fd).to_bytes(4, sys.byteorder, signed=True) for fd in fds)
    return sock.sendmsg(buffers, [(SOL_SOCKET, SCM_RIGHTS, packed)], flags, address)


def recv_fds(sock, bufsize, maxfds, flags=0):
    """recv_fds(sock, bufsize, maxfds[, flags]) -> (data, list of file
    descriptors, msg_flags, address)

    Receive up to maxfds file descriptors returning the message
    data and a list containing the descriptors.
    """
    data, ancdata, msg_flags, addr = sock.recvmsg(bufsize, CMSG_LEN(maxfds * 4), flags)
    received = []
    for level, kind, payload in ancdata:
        if level == SOL_SOCKET and kind == SCM_RIGHTS:
            usable = len(payload) - len(payload) % 4
            received.extend(int.from_bytes(payload[i:i + 4], sys.byteorder, signed=True)
                            for i in range(0, usable, 4))
    return data, received, msg_flags, addr


__all__.extend(["send_fds", "recv_fds"])

_socketpair = _socket.socketpair


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """socketpair([family[, type[, proto]]]) -> (socket object, socket object)

    Create a pair of socket objects from the sockets returned by the platform
    socketpair() function.
    The arguments are the same as for socket() except the default family is
    AF_UNIX if defined on the platform; otherwise, the default is AF_INET.
    """
    if family is None:
        family = AF_UNIX
    first, second = _socketpair(family, type, proto)
    pair = (socket(family, type, proto, first.detach()),
            socket(family, type, proto, second.detach()))
    return pair


class SocketIO(io.RawIOBase):
    """Raw I/O implementation for stream sockets.

    This class supports the makefile() method on sockets.  It provides
    the raw I/O interface on top of a socket object.
    """

    def __init__(self, sock, mode):
        if mode not in ("r", "w", "rw", "rb", "wb", "rwb"):
            raise ValueError("invalid mode: %r" % mode)
        io.RawIOBase.__init__(self)
        self._sock = sock
        if "b" not in mode:
            mode += "b"
        self._mode = mode
        self._reading = "r" in mode
        self._writing = "w" in mode
        self._timeout_occurred = False

    def readinto(self, b):
        """Read up to len(b) bytes into the writable buffer *b* and return
        the number of bytes read.  If the socket is non-blocking and no bytes
        are available, None is returned.
        """
        self._checkClosed()
        self._checkReadable()
        if self._timeout_occurred:
            raise OSError("cannot read from timed out object")
        try:
            return self._sock.recv_into(b)
        except TimeoutError:
            self._timeout_occurred = True
            raise
        except OSError as e:
            if e.errno in (EAGAIN, EWOULDBLOCK):
                return None
            raise

    def write(self, b):
        """Write the given bytes or bytearray object *b* to the socket
        and return the number of bytes written.
        """
        self._checkClosed()
        self._checkWritable()
        try:
            return self._sock.send(b)
        except OSError as e:
            if e.errno in (EAGAIN, EWOULDBLOCK):
                return None
            raise

    def readable(self):
        """True if the SocketIO is open for reading."""
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._reading

    def writable(self):
        """True if the SocketIO is open for writing."""
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._writing

    def seekable(self):
        """True if the SocketIO is open for seeking."""
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return super().seekable()

    def fileno(self):
        """Return the file descriptor of the underlying socket."""
        self._checkClosed()
        return self._sock.fileno()

    @property
    def name(self):
        return self.fileno() if not self.closed else -1

    @property
    def mode(self):
        return self._mode

    def close(self):
        """Close the SocketIO object.  This doesn't close the underlying
        socket, except if all references to it have disappeared.
        """
        if self.closed:
            return
        io.RawIOBase.close(self)
        self._sock._decref_socketios()
        self._sock = None


def getfqdn(name=''):
    """Get fully qualified domain name from name.

    An empty argument is interpreted as meaning the local host.
    """
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        name = gethostname()
    try:
        primary, aliases, _ = gethostbyaddr(name)
    except error:
        return name
    for candidate in [primary] + aliases:
        if '.' in candidate:
            return candidate
    return primary


_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT,
                      source_address=None, *, all_errors=False):
    """Connect to *address* and return the socket object.

    Each address getaddrinfo() gives for (host, port) is tried in turn until
    one connects.  *timeout* sets the socket's timeout before connecting (the
    default leaves getdefaulttimeout()); *source_address* (host, port) is bound
    to first.  When every attempt fails, the last error is raised, or with
    *all_errors* an ExceptionGroup of all of them.
    """
    host, port = address
    failures = []
    for family, kind, proto, _canon, target in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(family, kind, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(target)
            failures.clear()
            return sock
        except error as exc:
            if not all_errors:
                failures.clear()
            failures.append(exc)
            if sock is not None:
                sock.close()
    if not failures:
        raise error("getaddrinfo returns an empty list")
    try:
        if all_errors:
            raise ExceptionGroup("create_connection failed", failures)
        raise failures[0]
    finally:
        failures = None


def has_dualstack_ipv6():
    """Return True if the platform supports creating a SOCK_STREAM socket
    which can handle both AF_INET and AF_INET6 (IPv4 / IPv6) connections.
    """
    if not has_ipv6 or not hasattr(_socket, 'IPPROTO_IPV6') or not hasattr(_socket, 'IPV6_V6ONLY'):
        return False
    try:
        with socket(AF_INET6, SOCK_STREAM) as probe:
            probe.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
        return True
    except error:
        return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    """Convenience function which creates a SOCK_STREAM type socket
    bound to *address* (a 2-tuple (host, port)) and return the socket
    object.
    """
    if reuse_port and not hasattr(_socket, "SO_REUSEPORT"):
        raise ValueError("SO_REUSEPORT not supported on this platform")
    if dualstack_ipv6:
        if not has_dualstack_ipv6():
            raise ValueError("dualstack_ipv6 not supported on this platform")
        if family != AF_INET6:
            raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        if os.name not in ('nt', 'cygwin'):
            try:
                sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
            except error:
                pass
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if has_ipv6 and family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except error as err:
            raise error(err.errno, '%s (while attempting to bind on address %r)'
                        % (err.strerror, address)) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """Resolve host and port into list of address info entries.

    Translate the host/port argument into a sequence of 5-tuples that contain
    all the necessary arguments for creating a socket connected to that service.
    The results' family and type are AddressFamily and SocketKind members
    where one matches.
    """
    return [(_intenum_converter(fam, AddressFamily), _intenum_converter(kind, SocketKind),
             proto_, canon, sockaddr)
            for fam, kind, proto_, canon, sockaddr in _socket.getaddrinfo(host, port, family, type, proto, flags)]
