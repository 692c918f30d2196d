"""Network sockets: the socket class over _socket.socket and its helpers.

The functions and constants of _socket are re-exported; the integer families,
kinds, message flags and address-info flags become IntEnum/IntFlag members so
they print by name.  Extra over _socket: socket objects with makefile(),
sendfile(), dup() and the context manager; fromfd(), socketpair(),
create_connection(), create_server(), has_dualstack_ipv6(), getfqdn(), and a
getaddrinfo() whose results carry the enums.
"""
import _socket
import errno as _errno
import io
import os
import selectors
import sys
from _socket import *
from enum import IntEnum, IntFlag

EBADF, EAGAIN, EWOULDBLOCK = _errno.EBADF, _errno.EAGAIN, _errno.EWOULDBLOCK

__all__ = ["fromfd", "getfqdn", "create_connection", "create_server",
           "has_dualstack_ipv6", "AddressFamily", "SocketKind"]
__all__.extend(name for name in dir(_socket) if name[:1] != "_")


def _upper_with(prefix):
    return lambda name: name.isupper() and name.startswith(prefix)


IntEnum._convert_('AddressFamily', __name__, _upper_with('AF_'))
IntEnum._convert_('SocketKind', __name__, _upper_with('SOCK_'))
IntFlag._convert_('MsgFlag', __name__, _upper_with('MSG_'))
IntFlag._convert_('AddressInfo', __name__, _upper_with('AI_'))

_LOCALHOST, _LOCALHOST_V6 = '127.0.0.1', '::1'
_PollSelector = getattr(selectors, "PollSelector", selectors.SelectSelector)


def _intenum_converter(value, enum_klass):
    """The member of enum_klass for value, or value itself when none is."""
    member = enum_klass._value2member_map_.get(value)
    return value if member is None else member


class _GiveupOnSendfile(Exception):
    pass


class socket(_socket.socket):
    """A subclass of _socket.socket adding the makefile() method."""

    __slots__ = ["__weakref__", "_io_refs", "_closed"]

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            defaults = (AF_INET, SOCK_STREAM, 0)
            family, type, proto = (d if v == -1 else v
                                   for v, d in zip((family, type, proto), defaults))
        super().__init__(family, type, proto, fileno)
        self._closed, self._io_refs = False, 0

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self._closed or self.close()

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
        if set(mode) - set("rwb"):
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        want_read = "r" in mode
        want_write = "w" in mode or not want_read
        raw = SocketIO(self, "r" * want_read + "w" * want_write)
        self._io_refs += 1
        size = io.DEFAULT_BUFFER_SIZE if buffering is None or buffering < 0 else buffering
        text = "b" not in mode
        if not size:
            if text:
                raise ValueError("unbuffered streams must be binary")
            return raw
        if want_read and want_write:
            buffered = io.BufferedRWPair(raw, raw, size)
        else:
            buffered = (io.BufferedReader if want_read else io.BufferedWriter)(raw, size)
        if not text:
            return buffered
        wrapper = io.TextIOWrapper(buffered, encoding, errors, newline)
        wrapper.mode = mode
        return wrapper

    def _sendfile_check(self, file, count):
        if "b" not in getattr(file, "mode", "b"):
            raise ValueError("file should be opened in binary mode")
        if not (self.type & SOCK_STREAM):
            raise ValueError("only SOCK_STREAM type sockets are supported")
        if count is not None and (not isinstance(count, int) or count <= 0):
            problem = ValueError if isinstance(count, int) else TypeError
            raise problem(f"count must be a positive integer (got {count!r})")

    def _sendfile_use_sendfile(self, file, offset=0, count=None):
        # os.sendfile() from the file's descriptor; _GiveupOnSendfile when
        # the file has none or the kernel refuses before anything was sent
        self._sendfile_check(file, count)
        try:
            src = file.fileno()
            size = os.fstat(src).st_size
        except (AttributeError, io.UnsupportedOperation, OSError) as exc:
            raise _GiveupOnSendfile(exc)
        if size == 0:
            return 0
        wait = self.gettimeout()
        if wait == 0:
            raise ValueError("non-blocking sockets are not supported")
        block = min(count or size, 1 << 30)
        position, total = offset, 0
        with _PollSelector() as ready:
            ready.register(self.fileno(), selectors.EVENT_WRITE)
            try:
                while count is None or total < count:
                    if wait and not ready.select(wait):
                        raise TimeoutError("timed out")
                    if count is not None:
                        block = min(block, count - total)
                    try:
                        n = os.sendfile(self.fileno(), src, position, block)
                    except BlockingIOError:
                        if not wait:
                            ready.select()
                        continue
                    except OSError as exc:
                        if total == 0:
                            raise _GiveupOnSendfile(exc)
                        raise exc from None
                    if n == 0:
                        break
                    position += n
                    total += n
                return total
            finally:
                if total > 0 and hasattr(file, "seek"):
                    file.seek(position)

    def _sendfile_use_send(self, file, offset=0, count=None):
        self._sendfile_check(file, count)
        if self.gettimeout() == 0:
            raise ValueError("non-blocking sockets are not supported")
        if offset:
            file.seek(offset)
        total = 0
        try:
            while True:
                room = 8192 if count is None else min(8192, count - total)
                block = file.read(room) if room > 0 else b""
                if not block:
                    return total
                view = memoryview(block)
                while view:
                    try:
                        view = view[self.send(view):]
                    except BlockingIOError:
                        pass
                total += len(block)
        finally:
            if total and hasattr(file, "seek"):
                file.seek(offset + total)

    def sendfile(self, file, offset=0, count=None):
        """sendfile(file[, offset[, count]]) -> sent

        Send a file until EOF is reached by using high-performance
        os.sendfile() and return the total number of bytes which
        were sent.
        *file* must be a regular file object opened in binary mode.
        If os.sendfile() is not available (e.g. Windows) or file is
        not a regular file socket.send() will be used instead.
        *offset* tells from where to start reading the file.
        If specified, *count* is the total number of bytes to transmit
        as opposed to sending the file until EOF is reached.
        File position is updated on return or also in case of error in
        which case file.tell() can be used to figure out the number of
        bytes which were sent.
        The socket must be of SOCK_STREAM type.
        Non-blocking sockets are not supported.
        """
        try:
            return self._sendfile_use_sendfile(file, offset, count)
        except _GiveupOnSendfile:
            return self._sendfile_use_send(file, offset, count)

    def _decref_socketios(self):
        self._io_refs = max(self._io_refs - 1, 0)
        if self._closed:
            self.close()

    def _real_close(self, _base=_socket.socket):
        _base.close(self)

    def close(self):
        # the descriptor stays open while makefile() streams use it
        self._closed = True
        if not self._io_refs > 0:
            self._real_close()

    def detach(self):
        """detach() -> file descriptor

        Close the socket object without closing the underlying file descriptor.
        The object cannot be used after this call, but the file descriptor
        can be reused for other purposes.  The file descriptor is returned.
        """
        self._closed = True
        return _socket.socket.detach(self)

    family = property(lambda self: _intenum_converter(_socket.socket.family.__get__(self), AddressFamily),
                      doc="Read-only access to the address family for this socket.")
    type = property(lambda self: _intenum_converter(_socket.socket.type.__get__(self), SocketKind),
                    doc="Read-only access to the socket type.")

    def get_inheritable(self):
        fd = self.fileno()
        return os.get_inheritable(fd)

    def set_inheritable(self, inheritable):
        fd = self.fileno()
        os.set_inheritable(fd, inheritable)

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

    _MODES = {"r": "rb", "w": "wb", "rw": "rwb", "rb": "rb", "wb": "wb", "rwb": "rwb"}

    def __init__(self, sock, mode):
        try:
            full = self._MODES[mode]
        except (KeyError, TypeError):
            raise ValueError("invalid mode: %r" % mode) from None
        super().__init__()
        self._sock, self._mode = sock, full
        self._reading, self._writing = "r" in full, "w" in full
        self._timeout_occurred = False

    def _open_or_fail(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")

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
        except OSError as exc:
            if exc.errno not in (EAGAIN, EWOULDBLOCK):
                raise
        return None

    def write(self, b):
        """Write the given bytes or bytearray object *b* to the socket
        and return the number of bytes written.
        """
        self._checkClosed()
        self._checkWritable()
        try:
            return self._sock.send(b)
        except OSError as exc:
            if exc.errno not in (EAGAIN, EWOULDBLOCK):
                raise
        return None

    def readable(self):
        """True if the SocketIO is open for reading."""
        self._open_or_fail()
        return self._reading

    def writable(self):
        """True if the SocketIO is open for writing."""
        self._open_or_fail()
        return self._writing

    def seekable(self):
        """True if the SocketIO is open for seeking."""
        self._open_or_fail()
        return False

    def fileno(self):
        """Return the file descriptor of the underlying socket."""
        self._checkClosed()
        return self._sock.fileno()

    name = property(lambda self: -1 if self.closed else self.fileno())
    mode = property(lambda self: self._mode)

    def close(self):
        """Close the SocketIO object.  This doesn't close the underlying
        socket, except if all references to it have disappeared.
        """
        if not self.closed:
            super().close()
            sock, self._sock = self._sock, None
            sock._decref_socketios()


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


# the default of create_connection()'s timeout: leave the socket's own
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
            if _GLOBAL_DEFAULT_TIMEOUT is not timeout:
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
    probe = None
    try:
        probe = socket(AF_INET6, SOCK_STREAM)
        probe.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
    except error:
        return False
    finally:
        if probe is not None:
            probe.close()
    return True


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    """Convenience function which creates a SOCK_STREAM type socket
    bound to *address* (a 2-tuple (host, port)) and return the socket
    object.
    """
    if reuse_port and "SO_REUSEPORT" not in globals():
        raise ValueError("SO_REUSEPORT not supported on this platform")
    if dualstack_ipv6 and not has_dualstack_ipv6():
        raise ValueError("dualstack_ipv6 not supported on this platform")
    if dualstack_ipv6 and family != AF_INET6:
        raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    listener = socket(family, SOCK_STREAM)
    options = [(SOL_SOCKET, SO_REUSEADDR, 1, True)]
    if reuse_port:
        options.append((SOL_SOCKET, SO_REUSEPORT, 1, False))
    if family == AF_INET6:
        options.append((IPPROTO_IPV6, IPV6_V6ONLY, int(not dualstack_ipv6), False))
    try:
        for level, name, value, optional in options:
            try:
                listener.setsockopt(level, name, value)
            except error:
                if not optional:
                    raise
        try:
            listener.bind(address)
        except error as exc:
            raise error(exc.errno, f"{exc.strerror} (while attempting to bind on address {address!r})") from None
        listener.listen(*(() if backlog is None else (backlog,)))
    except error:
        listener.close()
        raise
    return listener


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
