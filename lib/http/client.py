"""The client side of HTTP/1.1: a connection sends requests and reads the
responses that come back.

A connection walks through three states; a response is read with `read`,
`readinto`, `readline`, `peek` and the rest of the buffered-reader calls,
with the body bounded by Content-Length or decoded from chunked transfer
coding.  No SSL here: there is no `HTTPSConnection`.
"""
import http
import socket
import sys
import io
import re
import errno
import collections.abc
import email.parser
import email.message
from urllib.parse import urlsplit

__all__ = ("HTTPResponse HTTPConnection HTTPException NotConnected "
           "UnknownProtocol UnknownTransferEncoding UnimplementedFileMode "
           "IncompleteRead InvalidURL ImproperConnectionState "
           "CannotSendRequest CannotSendHeader ResponseNotReady "
           "BadStatusLine LineTooLong RemoteDisconnected error responses").split()

HTTP_PORT, HTTPS_PORT = 80, 443

# What a response knows before begin() has read its head.
_UNKNOWN = 'UNKNOWN'

# The states of a connection, as the exceptions name them.
_CS_IDLE, _CS_REQ_STARTED, _CS_REQ_SENT = 'Idle', 'Request-started', 'Request-sent'

# Every status is also a module constant (http.client.OK, NOT_FOUND, ...).
for _name, _member in http.HTTPStatus.__members__.items():
    globals()[_name] = _member
del _name, _member

responses = {}
for _member in http.HTTPStatus.__members__.values():
    responses[_member] = _member.phrase
del _member

_MAXLINE = 65536                # the longest line read
_MAXHEADERS = 100               # the most header (or trailer) lines
_MAXINTERIMRESPONSES = 100      # the most "100 Continue" before the answer
# Bodies longer than this are read in pieces of this size.
_MIN_READ_BUF_SIZE = 1 << 20

_METHODS_EXPECTING_BODY = {'PATCH', 'POST', 'PUT'}

# Lenient checks of what goes into a request: a header name is anything
# without a colon or a line break (and not starting with a space); a value
# may not hold a line break unless a space or tab follows it (folding).
_is_legal_header_name = re.compile(rb'[^:\s][^:\r\n]*').fullmatch
_is_illegal_header_value = re.compile(rb'\n(?![ \t])|\r(?![ \t\n])').search
# No controls or spaces in a URL or a host; no controls in a method.
_contains_disallowed_url_pchar_re = re.compile('[\x00-\x20\x7f]')
_contains_disallowed_method_pchar_re = re.compile('[\x00-\x1f]')

_LINE_ENDS = (b'\r\n', b'\n', b'')


# --- exceptions ------------------------------------------------------------

class HTTPException(Exception):
    """The base of this module's errors."""


class NotConnected(HTTPException):
    """send() on a closed connection that does not open itself."""


class InvalidURL(HTTPException):
    """A malformed port or a control character in a URL."""


class UnknownProtocol(HTTPException):
    """A status line of an HTTP version other than 0.9 and 1.x."""

    def __init__(self, version):
        self.version = version
        self.args = (version,)


class UnknownTransferEncoding(HTTPException):
    """Kept for compatibility; not raised."""


class UnimplementedFileMode(HTTPException):
    """Kept for compatibility; not raised."""


class IncompleteRead(HTTPException):
    """The body ended early: `partial` holds what came."""

    def __init__(self, partial, expected=None):
        self.partial = partial
        self.expected = expected
        self.args = (partial,)

    def __repr__(self):
        more = ''
        if self.expected is not None:
            more = ', %i more expected' % self.expected
        return '%s(%i bytes read%s)' % (type(self).__name__, len(self.partial), more)

    __str__ = object.__str__


class ImproperConnectionState(HTTPException):
    """A call the connection's state does not allow."""


class CannotSendRequest(ImproperConnectionState):
    """putrequest() before the last response was read."""


class CannotSendHeader(ImproperConnectionState):
    """putheader() or endheaders() outside a request."""


class ResponseNotReady(ImproperConnectionState):
    """getresponse() with no request sent."""


class BadStatusLine(HTTPException):
    """A status line that is not one."""

    def __init__(self, line):
        self.line = line if line else repr(line)
        self.args = (self.line,)


class LineTooLong(HTTPException):
    """A line longer than _MAXLINE."""

    def __init__(self, line_type):
        text = "got more than %d bytes when reading %s" % (_MAXLINE, line_type)
        HTTPException.__init__(self, text)


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    """The server closed the connection instead of answering."""

    def __init__(self, *args, **kwargs):
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *args, **kwargs)


error = HTTPException


# --- headers ---------------------------------------------------------------

class HTTPMessage(email.message.Message):
    """The headers of a request or a response."""

    def getallmatchingheaders(self, name):
        """The header names that match `name` (any case), with the
        continuation lines that follow them."""
        wanted = name.lower() + ':'
        found = []
        matching = False
        for key in self.keys():
            if key[:len(wanted)].lower() == wanted:
                matching = True
            elif not key[:1].isspace():
                matching = False
            if matching:
                found.append(key)
        return found


def _read_headers(fp):
    """The raw header lines up to and including the blank line (or EOF)."""
    lines = []
    while True:
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("header line")
        lines.append(line)
        if len(lines) > _MAXHEADERS:
            raise HTTPException("got more than %d headers" % _MAXHEADERS)
        if line in _LINE_ENDS:
            return lines


def _parse_header_lines(header_lines, _class=HTTPMessage):
    text = b''.join(header_lines).decode('iso-8859-1')
    return email.parser.Parser(_class=_class).parsestr(text)


def parse_headers(fp, _class=HTTPMessage):
    """Reads RFC 5322 headers from a binary file and parses them into a
    message of `_class`."""
    return _parse_header_lines(_read_headers(fp), _class)


def _encode(data, name='data'):
    """data.encode('latin-1'), explaining what to do when it cannot."""
    try:
        return data.encode("latin-1")
    except UnicodeEncodeError as exc:
        hint = ("%s (%.20r) is not valid Latin-1. Use %s.encode('utf-8') "
                "if you want to send it encoded in UTF-8."
                % (name.title(), data[exc.start:exc.end], name))
        raise UnicodeEncodeError(exc.encoding, exc.object, exc.start, exc.end,
                                 hint) from None


def _strip_ipv6_iface(host):
    """b'[fe80::1%eth0]' -> b'[fe80::1]'."""
    host, percent, _ = host.partition(b"%")
    if percent:
        assert host.startswith(b'['), host
        host += b']'
    return host


# --- the response ----------------------------------------------------------

class HTTPResponse(io.BufferedIOBase):
    """One response, read from the connection's socket."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile("rb")
        self.debuglevel = debuglevel
        self._method = method
        self.headers = self.msg = None
        self.version = self.status = self.reason = _UNKNOWN
        self.chunked = self.chunk_left = _UNKNOWN
        self.length = self.will_close = _UNKNOWN

    # -- the status line and the headers

    def _read_status(self):
        raw = self.fp.readline(_MAXLINE + 1)
        line = str(raw, "iso-8859-1")
        if len(line) > _MAXLINE:
            raise LineTooLong("status line")
        if self.debuglevel > 0:
            print("reply:", repr(line))
        if line == "":
            raise RemoteDisconnected("Remote end closed connection without"
                                     " response")
        parts = line.split(None, 2)
        if len(parts) == 3:
            version, status, reason = parts
        elif len(parts) == 2:
            version, status = parts
            reason = ""
        else:
            version = ""
        if not version.startswith("HTTP/"):
            self._close_conn()
            raise BadStatusLine(line)
        try:
            code = int(status)
        except ValueError:
            raise BadStatusLine(line)
        if not 100 <= code <= 999:
            raise BadStatusLine(line)
        return version, code, reason

    def _skip_interim(self):
        for _ in range(_MAXINTERIMRESPONSES):
            version, status, reason = self._read_status()
            if status != CONTINUE:
                return version, status, reason
            skipped = _read_headers(self.fp)
            if self.debuglevel > 0:
                print("headers:", skipped)
        raise HTTPException(
            "got more than %d interim responses" % _MAXINTERIMRESPONSES)

    def begin(self):
        if self.headers is not None:
            return
        version, status, reason = self._skip_interim()
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ("HTTP/1.0", "HTTP/0.9"):
            self.version = 10
        elif not version.startswith("HTTP/1."):
            raise UnknownProtocol(version)
        else:
            self.version = 11       # any HTTP/1.x from 1.1 up

        self.headers = self.msg = parse_headers(self.fp)
        if self.debuglevel > 0:
            for name, value in self.headers.items():
                print("header:", name + ":", value)

        coding = self.headers.get("transfer-encoding")
        self.chunked = bool(coding) and coding.lower() == "chunked"
        self.chunk_left = None if self.chunked else _UNKNOWN
        self.will_close = self._check_close()
        self.length = self._declared_length()
        if (status in (NO_CONTENT, NOT_MODIFIED) or 100 <= status < 200
                or self._method == "HEAD"):
            self.length = 0
        if self.length is None and not self.chunked:
            self.will_close = True

    def _declared_length(self):
        text = self.headers.get("content-length")
        if not text or self.chunked:
            return None
        try:
            length = int(text)
        except ValueError:
            return None
        return length if length >= 0 else None

    def _check_close(self):
        connection = self.headers.get("connection")
        if self.version == 11:
            return bool(connection) and "close" in connection.lower()
        # HTTP/1.0 closes unless keep-alive was asked for, one way or another.
        if self.headers.get("keep-alive"):
            return False
        if connection and "keep-alive" in connection.lower():
            return False
        proxy = self.headers.get("proxy-connection")
        if proxy and "keep-alive" in proxy.lower():
            return False
        return True

    # -- closing

    def _close_conn(self):
        fp, self.fp = self.fp, None
        fp.close()

    def close(self):
        try:
            super().close()
        finally:
            if self.fp:
                self._close_conn()

    def isclosed(self):
        """True once the body has been read (or the response closed)."""
        return self.fp is None

    def readable(self):
        """Always returns True"""
        return True

    def flush(self):
        super().flush()
        if self.fp:
            self.fp.flush()

    def _consumed(self, count, asked):
        """Book `count` bytes just read (of `asked`) against the length."""
        if not count and asked:
            self._close_conn()
        elif self.length is not None:
            self.length -= count
            if not self.length:
                self._close_conn()

    def _body_done(self):
        """True when there is no body left to read (closing a HEAD's)."""
        if self.fp is None:
            return True
        if self._method == "HEAD":
            self._close_conn()
            return True
        return False

    # -- reading the body

    def read(self, amt=None):
        """Read and return the response body, or up to the next amt bytes."""
        if self._body_done():
            return b""
        if self.chunked:
            return self._read_chunked(amt)
        if amt is None or amt < 0:
            return self._read_all()
        if self.length is not None:
            amt = min(amt, self.length)
        data = self.fp.read(amt)
        self._consumed(len(data), amt)
        return data

    def _read_all(self):
        if self.length is None:
            data = self.fp.read()
        else:
            try:
                data = self._safe_read(self.length)
            except IncompleteRead:
                self._close_conn()
                raise
            self.length = 0
        self._close_conn()
        return data

    def readinto(self, b):
        """Read up to len(b) bytes into bytearray b and return the number
        of bytes read.
        """
        if self._body_done():
            return 0
        if self.chunked:
            return self._readinto_chunked(b)
        if self.length is not None and len(b) > self.length:
            b = memoryview(b)[:self.length]
        count = self.fp.readinto(b)
        self._consumed(count, len(b))
        return count

    def read1(self, n=-1):
        """Read with at most one underlying system call.  If at least one
        byte is buffered, return that instead.
        """
        if self.fp is None or self._method == "HEAD":
            return b""
        if self.chunked:
            return self._read1_chunked(n)
        if self.length is not None and not 0 <= n <= self.length:
            n = self.length
        data = self.fp.read1(n)
        self._consumed(len(data), n)
        return data

    def peek(self, n=-1):
        if self.fp is None or self._method == "HEAD":
            return b""
        if not self.chunked:
            return self.fp.peek(n)
        try:
            left = self._get_chunk_left()
        except IncompleteRead:
            return b''
        if left is None:
            return b''
        return self.fp.peek(left)[:left]

    def readline(self, limit=-1):
        if self.fp is None or self._method == "HEAD":
            return b""
        if self.chunked:
            return super().readline(limit)
        if self.length is not None and not 0 <= limit <= self.length:
            limit = self.length
        line = self.fp.readline(limit)
        self._consumed(len(line), limit)
        return line

    # -- chunked transfer coding

    def _read_next_chunk_size(self):
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("chunk size")
        size = line.partition(b";")[0]
        try:
            return int(size, 16)
        except ValueError:
            self._close_conn()
            raise

    def _read_and_discard_trailer(self):
        count = 0
        while True:
            line = self.fp.readline(_MAXLINE + 1)
            if len(line) > _MAXLINE:
                raise LineTooLong("trailer line")
            if line in _LINE_ENDS:
                return
            count += 1
            if count > _MAXHEADERS:
                raise HTTPException("got more than %d trailers" % _MAXHEADERS)

    def _get_chunk_left(self):
        """The bytes left in the current chunk, starting the next chunk
        when it is used up; None at the end of the body."""
        left = self.chunk_left
        if left:
            return left
        if left is not None:
            self._safe_read(2)          # the CRLF closing the last chunk
        try:
            left = self._read_next_chunk_size()
        except ValueError:
            raise IncompleteRead(b'')
        if left == 0:
            self._read_and_discard_trailer()
            self._close_conn()
            left = None
        self.chunk_left = left
        return left

    def _read_chunked(self, amt=None):
        if amt is not None and amt < 0:
            amt = None
        pieces = []
        try:
            while True:
                left = self._get_chunk_left()
                if left is None:
                    break
                if amt is not None and amt <= left:
                    pieces.append(self._safe_read(amt))
                    self.chunk_left = left - amt
                    break
                pieces.append(self._safe_read(left))
                self.chunk_left = 0
                if amt is not None:
                    amt -= left
        except IncompleteRead as exc:
            raise IncompleteRead(b''.join(pieces)) from exc
        return b''.join(pieces)

    def _readinto_chunked(self, b):
        view = memoryview(b)
        total = 0
        try:
            while True:
                left = self._get_chunk_left()
                if left is None:
                    return total
                if len(view) <= left:
                    count = self._safe_readinto(view)
                    self.chunk_left = left - count
                    return total + count
                count = self._safe_readinto(view[:left])
                view = view[count:]
                total += count
                self.chunk_left = 0
        except IncompleteRead:
            raise IncompleteRead(bytes(b[:total]))

    def _read1_chunked(self, n):
        left = self._get_chunk_left()
        if left is None or n == 0:
            return b''
        if not 0 <= n <= left:
            n = left
        data = self.fp.read1(n)
        self.chunk_left -= len(data)
        if not data:
            raise IncompleteRead(b"")
        return data

    def _safe_read(self, amt):
        """Exactly `amt` bytes, or IncompleteRead when the stream ends
        first; large amounts are read piece by piece."""
        step = min(amt, _MIN_READ_BUF_SIZE)
        data = self.fp.read(step)
        if len(data) >= amt:
            return data
        if len(data) < step:
            raise IncompleteRead(data, amt - len(data))
        buffer = bytearray(data)
        while len(buffer) < amt:
            piece = self.fp.read(min(step, amt - len(buffer)))
            if not piece:
                raise IncompleteRead(bytes(buffer), amt - len(buffer))
            buffer += piece
        return bytes(buffer)

    def _safe_readinto(self, b):
        wanted = len(b)
        count = self.fp.readinto(b)
        if count < wanted:
            raise IncompleteRead(bytes(b[:count]), wanted - count)
        return count

    # -- the rest of the interface

    def getheader(self, name, default=None):
        '''The value of header `name`; several are joined with ", ".
        `default` when there is none; ResponseNotReady before the headers.'''
        if self.headers is None:
            raise ResponseNotReady()
        found = self.headers.get_all(name) or default
        if isinstance(found, str) or not hasattr(found, '__iter__'):
            return found
        return ', '.join(found)

    def getheaders(self):
        """Return list of (header, value) tuples."""
        if self.headers is None:
            raise ResponseNotReady()
        return list(self.headers.items())

    # The urllib interface.
    def getcode(self):
        '''The HTTP status code.'''
        return self.status

    def geturl(self):
        '''The URL the response came from, after any redirection.'''
        return self.url

    def info(self):
        '''The headers.'''
        return self.headers

    def fileno(self):
        """The socket's descriptor."""
        return self.fp.fileno()

    def __iter__(self):
        # Lines, without IOBase's check for a closed file.
        return self


# --- the connection --------------------------------------------------------

class HTTPConnection:
    """A connection to one HTTP server, opened when first needed."""

    debuglevel = 0
    default_port = HTTP_PORT
    # Connect on the first send().
    auto_open = 1
    response_class = HTTPResponse
    _http_vsn, _http_vsn_str = 11, 'HTTP/1.1'

    @staticmethod
    def _is_textIO(stream):
        """Test whether a file-like object is a text or a binary stream.
        """
        return isinstance(stream, io.TextIOBase)

    @staticmethod
    def _get_content_length(body, method):
        """The Content-Length to send for `body`, or None when it cannot
        be known (a file or an iterable) or is not wanted."""
        if body is None:
            return 0 if method.upper() in _METHODS_EXPECTING_BODY else None
        if hasattr(body, 'read'):
            return None
        try:
            return memoryview(body).nbytes
        except TypeError:
            pass
        if isinstance(body, str):
            return len(body)
        return None

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, blocksize=8192):
        self.host, self.port = self._get_hostport(host, port)
        self.timeout, self.source_address = timeout, source_address
        self.blocksize = blocksize
        self.sock = self._method = None
        self.__state, self.__response = _CS_IDLE, None
        self._buffer = []
        # Set by set_tunnel: the host to reach through a proxy with CONNECT.
        self._tunnel_host = self._tunnel_port = self._raw_proxy_headers = None
        self._tunnel_headers = {}
        self._validate_host(self.host)
        self._create_connection = socket.create_connection

    def _get_hostport(self, host, port):
        if port is None:
            colon = host.rfind(':')
            if colon > host.rfind(']'):
                text = host[colon + 1:]
                if text == "":
                    port = self.default_port
                else:
                    try:
                        port = int(text)
                    except ValueError:
                        raise InvalidURL("nonnumeric port: '%s'" % text)
                host = host[:colon]
            else:
                port = self.default_port
        if host[:1] == '[' and host[-1:] == ']':
            host = host[1:-1]
        return host, port

    def set_debuglevel(self, level):
        self.debuglevel = level

    def set_tunnel(self, host, port=None, headers=None):
        """Reach `host` (and `port`) through the proxy this connection was
        made for: connect() sends CONNECT (with `headers`, and a Host
        header unless given) before anything else."""
        if self.sock:
            raise RuntimeError("Can't set up tunnel for established connection")
        self._tunnel_host, self._tunnel_port = self._get_hostport(host, port)
        self._tunnel_headers = headers.copy() if headers else {}
        if not any(name.lower() == "host" for name in self._tunnel_headers):
            ascii_host = self._tunnel_host.encode("idna").decode("ascii")
            self._tunnel_headers["Host"] = "%s:%d" % (ascii_host, self._tunnel_port)

    def _tunnel(self):
        if _contains_disallowed_url_pchar_re.search(self._tunnel_host):
            raise ValueError("Tunnel host can't contain control characters %r"
                             % (self._tunnel_host,))
        lines = [b"CONNECT %s:%d %s\r\n" % (
            self._wrap_ipv6(self._tunnel_host.encode("idna")), self._tunnel_port,
            self._http_vsn_str.encode("ascii"))]
        for name, value in self._tunnel_headers.items():
            name, value = name.encode("latin-1"), str(value).encode("latin-1")
            if not _is_legal_header_name(name):
                raise ValueError('Invalid header name %r' % (name,))
            if _is_illegal_header_value(value):
                raise ValueError('Invalid header value %r' % (value,))
            lines.append(b"%s: %s\r\n" % (name, value))
        lines.append(b"\r\n")
        self.send(b"".join(lines))
        answer = self.response_class(self.sock, method=self._method)
        try:
            _, code, message = answer._read_status()
            self._raw_proxy_headers = _read_headers(answer.fp)
            if self.debuglevel > 0:
                for line in self._raw_proxy_headers:
                    print('header:', line.decode())
            if code != http.HTTPStatus.OK:
                self.close()
                raise OSError("Tunnel connection failed: %s %s" % (code, message.strip()))
        finally:
            answer.close()

    def get_proxy_response_headers(self):
        """The headers of the proxy's answer to CONNECT (an HTTPMessage),
        or None when no CONNECT was sent."""
        if self._raw_proxy_headers is None:
            return None
        return _parse_header_lines(self._raw_proxy_headers)

    @staticmethod
    def _wrap_ipv6(ip):
        if b':' in ip and not ip.startswith(b'['):
            return b"[" + ip + b"]"
        return ip

    def connect(self):
        """Connect to the host and port specified in __init__."""
        sys.audit("http.client.connect", self, self.host, self.port)
        self.sock = self._create_connection(
            (self.host, self.port), self.timeout, self.source_address)
        try:
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError as exc:
            if exc.errno != errno.ENOPROTOOPT:
                raise
        if self._tunnel_host:
            self._tunnel()

    def close(self):
        """Close the connection to the HTTP server."""
        self.__state = _CS_IDLE
        try:
            sock, self.sock = self.sock, None
            if sock:
                sock.close()
        finally:
            response, self.__response = self.__response, None
            if response:
                response.close()

    # -- sending

    def send(self, data):
        """Send `data`: bytes, a file-like object with read(), or an
        iterable of bytes."""
        if self.sock is None:
            if not self.auto_open:
                raise NotConnected()
            self.connect()
        if self.debuglevel > 0:
            print("send:", repr(data))
        if hasattr(data, "read"):
            if self.debuglevel > 0:
                print("sending a readable")
            for block in self._blocks_of(data, announce=False):
                sys.audit("http.client.send", self, block)
                self.sock.sendall(block)
            return
        sys.audit("http.client.send", self, data)
        try:
            self.sock.sendall(data)
        except TypeError:
            if not isinstance(data, collections.abc.Iterable):
                raise TypeError("data should be a bytes-like object "
                                "or an iterable, got %r" % type(data))
            for piece in data:
                self.sock.sendall(piece)

    def _blocks_of(self, readable, announce=True):
        """The blocks of a file, text encoded as ISO-8859-1."""
        if announce and self.debuglevel > 0:
            print("reading a readable")
        text = self._is_textIO(readable)
        if text and self.debuglevel > 0:
            print("encoding file using iso-8859-1")
        while True:
            block = readable.read(self.blocksize)
            if not block:
                return
            yield block.encode("iso-8859-1") if text else block

    def _read_readable(self, readable):
        return self._blocks_of(readable)

    def _output(self, s):
        """Add a line of output to the current request buffer.
        Assumes that the line does *not* end with \\r\\n.
        """
        self._buffer.append(s)

    def _body_chunks(self, body):
        if hasattr(body, 'read'):
            return self._blocks_of(body)
        try:
            memoryview(body)
        except TypeError:
            try:
                return iter(body)
            except TypeError:
                raise TypeError("message_body should be a bytes-like "
                                "object or an iterable, got %r" % type(body))
        return (body,)

    def _send_output(self, message_body=None, encode_chunked=False):
        """Send the buffered request head (and a blank line), then the
        body if there is one."""
        head = b"\r\n".join(self._buffer + [b"", b""])
        self._buffer.clear()
        self.send(head)
        if message_body is None:
            return
        chunked = encode_chunked and self._http_vsn == 11
        for chunk in self._body_chunks(message_body):
            if not chunk:
                if self.debuglevel > 0:
                    print('Zero length chunk ignored')
                continue
            if chunked:
                chunk = b'%X\r\n' % len(chunk) + chunk + b'\r\n'
            self.send(chunk)
        if chunked:
            self.send(b'0\r\n\r\n')

    def putrequest(self, method, url, skip_host=False,
                   skip_accept_encoding=False):
        """Start a request: the request line, then (HTTP/1.1) the Host and
        Accept-Encoding headers unless skipped."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != _CS_IDLE:
            raise CannotSendRequest(self.__state)
        self.__state = _CS_REQ_STARTED
        self._validate_method(method)
        self._method = method
        url = url or '/'
        self._validate_path(url)
        self._output(self._encode_request('%s %s %s' % (method, url, self._http_vsn_str)))
        if self._http_vsn != 11:
            return
        if not skip_host:
            self._put_host(url)
        if not skip_accept_encoding:
            self.putheader('Accept-Encoding', 'identity')

    def _put_host(self, url):
        netloc = urlsplit(url)[1] if url.startswith('http') else ''
        if netloc:
            try:
                encoded = netloc.encode("ascii")
            except UnicodeEncodeError:
                encoded = netloc.encode("idna")
            self.putheader('Host', _strip_ipv6_iface(encoded))
            return
        host = self._tunnel_host or self.host
        port = self._tunnel_port if self._tunnel_host else self.port
        try:
            encoded = host.encode("ascii")
        except UnicodeEncodeError:
            encoded = host.encode("idna")
        encoded = self._wrap_ipv6(encoded)
        if ":" in host:
            encoded = _strip_ipv6_iface(encoded)
        if port == self.default_port:
            self.putheader('Host', encoded)
        else:
            self.putheader('Host', "%s:%s" % (encoded.decode("ascii"), port))

    def _encode_request(self, request):
        return request.encode('ascii')

    def _validate_method(self, method):
        """Validate a method name for putrequest."""
        found = _contains_disallowed_method_pchar_re.search(method)
        if found:
            raise ValueError("method can't contain control characters. %r "
                             "(found at least %r)" % (method, found.group()))

    def _validate_path(self, url):
        """Validate a url for putrequest."""
        self._refuse_controls(url)

    def _validate_host(self, host):
        """Validate a host so it doesn't contain control characters."""
        self._refuse_controls(host)

    @staticmethod
    def _refuse_controls(text):
        found = _contains_disallowed_url_pchar_re.search(text)
        if found:
            raise InvalidURL("URL can't contain control characters. %r "
                             "(found at least %r)" % (text, found.group()))

    def putheader(self, header, *values):
        """Send a request header line to the server.
        For example: h.putheader('Accept', 'text/html')
        """
        if self.__state != _CS_REQ_STARTED:
            raise CannotSendHeader()
        header = header.encode('ascii') if hasattr(header, 'encode') else header
        if not _is_legal_header_name(header):
            raise ValueError('Invalid header name %r' % (header,))
        encoded = []
        for value in values:
            if hasattr(value, 'encode'):
                value = value.encode('latin-1')
            elif isinstance(value, int):
                value = str(value).encode('ascii')
            if _is_illegal_header_value(value):
                raise ValueError('Invalid header value %r' % (value,))
            encoded.append(value)
        self._output(header + b': ' + b'\r\n\t'.join(encoded))

    def endheaders(self, message_body=None, *, encode_chunked=False):
        """End the headers and send the request, with `message_body` if
        given."""
        if self.__state != _CS_REQ_STARTED:
            raise CannotSendHeader()
        self.__state = _CS_REQ_SENT
        self._send_output(message_body, encode_chunked=encode_chunked)

    def request(self, method, url, body=None, headers={}, *,
                encode_chunked=False):
        """Send a whole request: putrequest, the headers (Content-Length or
        chunked coding added as the body needs), endheaders."""
        self._send_request(method, url, body, headers, encode_chunked)

    def _send_request(self, method, url, body, headers, encode_chunked):
        given = {name.lower() for name in headers}
        self.putrequest(method, url, skip_host='host' in given,
                        skip_accept_encoding='accept-encoding' in given)
        if 'content-length' in given:
            encode_chunked = False
        elif 'transfer-encoding' not in given:
            encode_chunked = False
            length = self._get_content_length(body, method)
            if length is not None:
                self.putheader('Content-Length', str(length))
            elif body is not None:
                if self.debuglevel > 0:
                    print('Unable to determine size of %r' % body)
                encode_chunked = True
                self.putheader('Transfer-Encoding', 'chunked')
        for name, value in headers.items():
            self.putheader(name, value)
        if isinstance(body, str):
            body = _encode(body, 'body')
        self.endheaders(body, encode_chunked=encode_chunked)

    def getresponse(self):
        """The response to the request sent; ResponseNotReady when none
        was sent or the previous response is still being read."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__response or self.__state != _CS_REQ_SENT:
            raise ResponseNotReady(self.__state)
        args = (self.sock, self.debuglevel) if self.debuglevel > 0 else (self.sock,)
        response = self.response_class(*args, method=self._method)
        try:
            try:
                response.begin()
            except ConnectionError:
                self.close()
                raise
            self.__state = _CS_IDLE
            if response.will_close:
                self.close()
            else:
                self.__response = response
            return response
        except:
            response.close()
            raise
