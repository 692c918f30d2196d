"""HTTP servers on top of socketserver.

`BaseHTTPRequestHandler` reads a request line and headers, calls the
handler's `do_<COMMAND>` method and offers the calls that write a response;
`SimpleHTTPRequestHandler` serves the files of a directory; `test()` and
`-m http.server` run one.  There are no
threads here (no `ThreadingHTTPServer`), no SSL (no `HTTPSServer`) and no
CGI handler.
"""
__version__ = "0.6"

__all__ = ["HTTPServer", "BaseHTTPRequestHandler", "SimpleHTTPRequestHandler"]

import socketserver
import socket
import http.client
from http import HTTPStatus
import email.utils
import urllib.parse
import html
import sys
import time
import datetime
import os
import posixpath
import io
import shutil
import mimetypes


def _error_page():
    # The page send_error writes: %(code)d, %(message)s, %(explain)s.
    rows = [
        (0, '<!DOCTYPE HTML>'), (0, '<html lang="en">'), (1, '<head>'),
        (2, '<meta charset="utf-8">'), (2, '<style type="text/css">'),
        (3, ':root {'), (4, 'color-scheme: light dark;'), (3, '}'),
        (2, '</style>'), (2, '<title>Error response</title>'), (1, '</head>'),
        (1, '<body>'), (2, '<h1>Error response</h1>'),
        (2, '<p>Error code: %(code)d</p>'), (2, '<p>Message: %(message)s.</p>'),
        (2, '<p>Error code explanation: %(code)s - %(explain)s.</p>'),
        (1, '</body>'), (0, '</html>'),
    ]
    return ''.join('    ' * depth + text + '\n' for depth, text in rows)


DEFAULT_ERROR_MESSAGE = _error_page()
DEFAULT_ERROR_CONTENT_TYPE = "text/html;charset=utf-8"

# Request bodies longer than this are read in pieces.
_MIN_READ_BUF_SIZE = 1 << 20

# Control characters are shown escaped in the log (and the backslash doubled).
_LOG_ESCAPES = {c: '\\x%02x' % c for c in list(range(0x20)) + list(range(0x7f, 0xa0))}
_LOG_ESCAPES[ord('\\')] = '\\\\'


class HTTPServer(socketserver.TCPServer):

    allow_reuse_address, allow_reuse_port = True, False

    def server_bind(self):
        """Bind, then remember the server's name and port."""
        socketserver.TCPServer.server_bind(self)
        self.server_port = self.server_address[1]
        self.server_name = socket.getfqdn(self.server_address[0])


def _parse_version(version):
    """'HTTP/1.1' -> (1, 1); ValueError or IndexError when malformed."""
    if not version.startswith('HTTP/'):
        raise ValueError
    number = version.split('/', 1)[1]
    parts = number.split(".")
    if len(parts) != 2:
        raise ValueError
    for part in parts:
        if not part.isdigit():
            raise ValueError("non digit in http version")
        if len(part) > 10:
            raise ValueError("unreasonable length http version")
    return number, (int(parts[0]), int(parts[1]))


class BaseHTTPRequestHandler(socketserver.StreamRequestHandler):
    """Reads one request (or more, on a persistent connection) and calls
    `do_<COMMAND>()`; the request's parts are in `command`, `path`,
    `request_version` and `headers`, its body in `rfile`; the response is
    written with `send_response`, `send_header`, `end_headers` and `wfile`.
    """

    # What the Server header says.
    server_version = "BaseHTTP/" + __version__
    sys_version = "Python/" + sys.version.split()[0]
    # HTTP/1.1 here keeps connections open between requests.
    protocol_version = "HTTP/1.0"
    default_request_version = "HTTP/0.9"
    error_content_type = DEFAULT_ERROR_CONTENT_TYPE
    error_message_format = DEFAULT_ERROR_MESSAGE
    MessageClass = http.client.HTTPMessage
    responses = {member: (member.phrase, member.description)
                 for member in HTTPStatus.__members__.values()}
    weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
                 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    _control_char_table = _LOG_ESCAPES

    def _refuse(self, code, message, explain=None):
        self.request_version = ''
        self.send_error(code, message, explain)
        return False

    def parse_request(self):
        """Parse self.raw_requestline and the headers after it into
        command, path, request_version and headers.  False (after
        sending an error) when the request is bad."""
        self.command = None
        self.request_version = self.default_request_version
        self.close_connection = True
        line = str(self.raw_requestline, 'iso-8859-1').rstrip('\r\n')
        self.requestline = line
        words = line.split()
        if not words:
            return False
        if len(words) >= 3:
            version = words[-1]
            try:
                number, parsed = _parse_version(version)
            except (ValueError, IndexError):
                return self._refuse(HTTPStatus.BAD_REQUEST,
                                    "Bad request version (%r)" % version)
            self.request_version = version
            if parsed >= (1, 1) and self.protocol_version >= "HTTP/1.1":
                self.close_connection = False
            if parsed >= (2, 0):
                self.send_error(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED,
                                "Invalid HTTP version (%s)" % number)
                return False
        if len(words) > 3 or len(words) < 2:
            return self._refuse(HTTPStatus.BAD_REQUEST,
                                "Bad request syntax (%r)" % line)
        command, path = words[0], words[1]
        if len(words) == 2:
            self.close_connection = True
            if command != 'GET':
                return self._refuse(HTTPStatus.BAD_REQUEST,
                                    "Bad HTTP/0.9 request type (%r)" % command)
        self.command = command
        self.path = '/' + path.lstrip('/') if path.startswith('//') else path
        if len(words) == 2:
            self.headers = {}
            return True
        return self._read_request_headers()

    def _read_request_headers(self):
        try:
            self.headers = http.client.parse_headers(self.rfile,
                                                     _class=self.MessageClass)
        except http.client.LineTooLong as exc:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                            "Line too long", str(exc))
            return False
        except http.client.HTTPException as exc:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                            "Too many headers", str(exc))
            return False
        connection = self.headers.get('Connection', "").lower()
        if connection == 'close':
            self.close_connection = True
        elif connection == 'keep-alive' and self.protocol_version >= "HTTP/1.1":
            self.close_connection = False
        expect = self.headers.get('Expect', "").lower()
        if (expect == "100-continue" and self.protocol_version >= "HTTP/1.1"
                and self.request_version >= "HTTP/1.1"):
            return self.handle_expect_100()
        return True

    def handle_expect_100(self):
        """Answer "Expect: 100-continue" with 100 Continue (override to
        refuse: send an error and return False)."""
        self.send_response_only(HTTPStatus.CONTINUE)
        self.end_headers()
        return True

    def handle_one_request(self):
        """Read and answer one request."""
        try:
            line = self.raw_requestline = self.rfile.readline(65537)
            if not line:
                self.close_connection = True
                return
            if len(line) > 65536:
                self.requestline = self.request_version = self.command = ''
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
                return
            if not self.parse_request():
                return
            name = 'do_' + self.command
            if not hasattr(self, name):
                self.send_error(HTTPStatus.NOT_IMPLEMENTED,
                                "Unsupported method (%r)" % self.command)
                return
            getattr(self, name)()
            self.wfile.flush()
        except TimeoutError as exc:
            self.log_error("Request timed out: %r", exc)
            self.close_connection = True

    def handle(self):
        """Answer requests until the connection is to be closed."""
        self.close_connection = True
        while True:
            self.handle_one_request()
            if self.close_connection:
                break

    def send_error(self, code, message=None, explain=None):
        """Send (and log) an error response with an HTML page telling it,
        `message` and `explain` defaulting to the code's phrase and
        description."""
        short, long = self.responses.get(code, ('???', '???'))
        if message is None:
            message = short
        if explain is None:
            explain = long
        self.log_error("code %d, message %s", code, message)
        self.send_response(code, message)
        self.send_header('Connection', 'close')
        # No page for the codes that have no body.
        body = None
        if code >= 200 and code not in (HTTPStatus.NO_CONTENT,
                                        HTTPStatus.RESET_CONTENT,
                                        HTTPStatus.NOT_MODIFIED):
            page = self.error_message_format % {
                'code': code,
                'message': html.escape(message, quote=False),
                'explain': html.escape(explain, quote=False),
            }
            body = page.encode('UTF-8', 'replace')
            self.send_header("Content-Type", self.error_content_type)
            self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        if body and self.command != 'HEAD':
            self.wfile.write(body)

    def send_response(self, code, message=None):
        """Log the request, then buffer the status line and the Server
        and Date headers."""
        self.log_request(code)
        self.send_response_only(code, message)
        for name, value in (('Server', self.version_string()),
                            ('Date', self.date_time_string())):
            self.send_header(name, value)

    def _buffer_line(self, text):
        if not hasattr(self, '_headers_buffer'):
            self._headers_buffer = []
        self._headers_buffer.append(text.encode('latin-1', 'strict'))

    def send_response_only(self, code, message=None):
        """Buffer the status line only."""
        if self.request_version == 'HTTP/0.9':
            return
        if message is None:
            message = self.responses[code][0] if code in self.responses else ''
        self._buffer_line("%s %d %s\r\n" % (self.protocol_version, code, message))

    def send_header(self, keyword, value):
        """Buffer one header line."""
        if self.request_version != 'HTTP/0.9':
            self._buffer_line("%s: %s\r\n" % (keyword, value))
        if keyword.lower() != 'connection':
            return
        if value.lower() == 'close':
            self.close_connection = True
        elif value.lower() == 'keep-alive':
            self.close_connection = False

    def flush_headers(self):
        """Write the buffered head."""
        buffered = getattr(self, '_headers_buffer', None)
        if buffered is not None:
            self._headers_buffer = []
            self.wfile.write(b"".join(buffered))

    def end_headers(self):
        """Buffer the blank line ending the headers and write them all."""
        if self.request_version == 'HTTP/0.9':
            return
        self._headers_buffer.append(b"\r\n")
        self.flush_headers()

    def log_request(self, code='-', size='-'):
        """Log an accepted request (send_response calls this)."""
        code = code.value if isinstance(code, HTTPStatus) else code
        self.log_message('"%s" %s %s', self.requestline, str(code), str(size))

    def log_error(self, format, *args):
        """Log an error, through log_message."""
        self.log_message(format, *args)

    def log_message(self, format, *args):
        """Write `format % args` to stderr after the client's address and
        the time, control characters escaped."""
        text = (format % args).translate(self._control_char_table)
        sys.stderr.write("%s - - [%s] %s\n" % (
            self.address_string(), self.log_date_time_string(), text))

    def version_string(self):
        """The Server header's value."""
        return '%s %s' % (self.server_version, self.sys_version)

    def date_time_string(self, timestamp=None):
        """The time (now by default) as an HTTP Date header gives it."""
        when = time.time() if timestamp is None else timestamp
        return email.utils.formatdate(when, usegmt=True)

    def log_date_time_string(self):
        """The local time now, as the log shows it."""
        t = time.localtime(time.time())
        return "%02d/%3s/%04d %02d:%02d:%02d" % (
            t[2], self.monthname[t[1]], t[0], t[3], t[4], t[5])

    def address_string(self):
        """Return the client address."""
        return self.client_address[0]


def _unquote_path(path):
    path = path.split('#', 1)[0].split('?', 1)[0]
    try:
        return urllib.parse.unquote(path, errors='surrogatepass')
    except UnicodeDecodeError:
        return urllib.parse.unquote(path)


class SimpleHTTPRequestHandler(BaseHTTPRequestHandler):
    """Serves GET and HEAD from the files under `directory` (the current
    directory by default), with a listing for directories that have no
    index page."""

    server_version = "SimpleHTTP/" + __version__
    # Served in place of a directory's listing.
    index_pages = ("index.html", "index.htm")
    # Compressed files are served as what they are, not what they hold.
    extensions_map = _encodings_map_default = {
        '.gz': 'application/gzip', '.Z': 'application/octet-stream',
        '.bz2': 'application/x-bzip2', '.xz': 'application/x-xz',
    }

    def __init__(self, *args, directory=None, **kwargs):
        self.directory = os.fspath(os.getcwd() if directory is None else directory)
        super().__init__(*args, **kwargs)

    def do_GET(self):
        """Serve a GET request."""
        source = self.send_head()
        if source:
            try:
                self.copyfile(source, self.wfile)
            finally:
                source.close()

    def do_HEAD(self):
        """Serve a HEAD request."""
        source = self.send_head()
        if source:
            source.close()

    def _redirect_to_slash(self):
        parts = urllib.parse.urlsplit(self.path)
        self.send_response(HTTPStatus.MOVED_PERMANENTLY)
        target = parts._replace(path=parts.path + '/')
        self.send_header("Location", urllib.parse.urlunsplit(tuple(target)))
        self.send_header("Content-Length", "0")
        self.end_headers()

    def send_head(self):
        """Send the status and headers of a GET or HEAD; returns the file
        to copy (the caller closes it) or None."""
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            if not urllib.parse.urlsplit(self.path).path.endswith(('/', '%2f', '%2F')):
                self._redirect_to_slash()
                return None
            for page in self.index_pages:
                candidate = os.path.join(path, page)
                if os.path.isfile(candidate):
                    path = candidate
                    break
            else:
                return self.list_directory(path)
        if path.endswith("/"):
            # A file named with a slash after it does not exist.
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        ctype = self.guess_type(path)
        try:
            source = open(path, 'rb')
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        try:
            info = os.fstat(source.fileno())
            if self._not_modified(info):
                self.send_response(HTTPStatus.NOT_MODIFIED)
                self.end_headers()
                source.close()
                return None
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-type", ctype)
            self.send_header("Content-Length", str(info[6]))
            self.send_header("Last-Modified", self.date_time_string(info.st_mtime))
            self.end_headers()
            return source
        except:
            source.close()
            raise

    def _not_modified(self, info):
        """True when If-Modified-Since (without If-None-Match) is no older
        than the file."""
        if "If-Modified-Since" not in self.headers or "If-None-Match" in self.headers:
            return False
        try:
            since = email.utils.parsedate_to_datetime(self.headers["If-Modified-Since"])
        except (TypeError, IndexError, OverflowError, ValueError):
            return False
        utc = datetime.timezone.utc
        if since.tzinfo is None:
            since = since.replace(tzinfo=utc)
        if since.tzinfo is not utc:
            return False
        modified = datetime.datetime.fromtimestamp(info.st_mtime, utc)
        return modified.replace(microsecond=0) <= since

    def list_directory(self, path):
        """Send the headers of an HTML listing of `path` and return the
        listing as a file (None, after an error, if it cannot be read)."""
        try:
            names = os.listdir(path)
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "No permission to list directory")
            return None
        names.sort(key=lambda name: name.lower())
        shown = html.escape(_unquote_path(self.path), quote=False)
        encoding = sys.getfilesystemencoding()
        title = 'Directory listing for %s' % shown
        lines = ['<!DOCTYPE HTML>', '<html lang="en">', '<head>',
                 '<meta charset="%s">' % encoding,
                 '<style type="text/css">\n:root {\ncolor-scheme: light dark;\n}\n</style>',
                 '<title>%s</title>\n</head>' % title,
                 '<body>\n<h1>%s</h1>' % title, '<hr>\n<ul>']
        for name in names:
            full = os.path.join(path, name)
            link = label = name
            if os.path.isdir(full):
                link = label = name + "/"
            if os.path.islink(full):
                label = name + "@"
            lines.append('<li><a href="%s">%s</a></li>' % (
                urllib.parse.quote(link, errors='surrogatepass'),
                html.escape(label, quote=False)))
        lines.append('</ul>\n<hr>\n</body>\n</html>\n')
        page = '\n'.join(lines).encode(encoding, 'surrogateescape')
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-type", "text/html; charset=%s" % encoding)
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        return io.BytesIO(page)

    def translate_path(self, path):
        """The file a URL path names under `directory`; components that
        mean something special to the file system are dropped."""
        path = _unquote_path(path)
        slash = path.endswith('/')
        result = self.directory
        for word in posixpath.normpath(path).split('/'):
            if not word or os.path.dirname(word) or word in (os.curdir, os.pardir):
                continue
            result = os.path.join(result, word)
        return result + '/' if slash else result

    def copyfile(self, source, outputfile):
        """Copy all of `source` (read()) to `outputfile` (write())."""
        shutil.copyfileobj(source, outputfile)

    def guess_type(self, path):
        """The MIME type for `path`: extensions_map first (as given, then
        lower-cased), then mimetypes, else application/octet-stream."""
        ext = posixpath.splitext(path)[1]
        for key in (ext, ext.lower()):
            if key in self.extensions_map:
                return self.extensions_map[key]
        guess = mimetypes.guess_file_type(path)[0]
        return guess or 'application/octet-stream'


def _get_best_family(*address):
    """(family, socket address) of the first passive TCP address found
    for (host, port)."""
    found = socket.getaddrinfo(*address, type=socket.SOCK_STREAM,
                               flags=socket.AI_PASSIVE)
    entry = found[0]
    return entry[0], entry[4]


def test(HandlerClass=BaseHTTPRequestHandler, ServerClass=HTTPServer,
         protocol="HTTP/1.0", port=8000, bind=None):
    """Serve with `HandlerClass` on `port` (of `bind`, else every
    interface) until interrupted.  The server answers one request at a
    time (there is no ThreadingHTTPServer), and there is no TLS."""
    ServerClass.address_family, address = _get_best_family(bind, port)
    HandlerClass.protocol_version = protocol
    with ServerClass(address, HandlerClass) as httpd:
        host, port = httpd.socket.getsockname()[:2]
        shown = '[%s]' % host if ':' in host else host
        print("Serving HTTP on %s port %s (http://%s:%s/) ..." % (host, port, shown, port))
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            print("\nKeyboard interrupt received, exiting.")
            sys.exit(0)


def _main(argv=None):
    """`python -m http.server`: serve the current (or a given) directory
    with SimpleHTTPRequestHandler.  No --cgi handler and no TLS here."""
    import argparse
    import contextlib

    parser = argparse.ArgumentParser(color=True)
    parser.add_argument('--cgi', action='store_true', help='run as CGI server')
    parser.add_argument('-b', '--bind', metavar='ADDRESS',
                        help='bind to this address (default: all interfaces)')
    parser.add_argument('-d', '--directory', default=os.getcwd(),
                        help='serve this directory (default: current directory)')
    parser.add_argument('-p', '--protocol', metavar='VERSION', default='HTTP/1.0',
                        help='conform to this HTTP version (default: %(default)s)')
    parser.add_argument('--tls-cert', metavar='PATH',
                        help='path to the TLS certificate chain file')
    parser.add_argument('--tls-key', metavar='PATH', help='path to the TLS key file')
    parser.add_argument('--tls-password-file', metavar='PATH',
                        help='path to the password file for the TLS key')
    parser.add_argument('port', default=8000, type=int, nargs='?',
                        help='bind to this port (default: %(default)s)')
    args = parser.parse_args(argv)
    if args.tls_key and not args.tls_cert:
        parser.error("--tls-key requires --tls-cert to be set")
    if args.tls_password_file and not args.tls_cert:
        parser.error("--tls-password-file requires --tls-cert to be set")
    if args.tls_cert:
        parser.error("--tls-cert is not supported: there is no ssl module")
    if args.cgi:
        parser.error("--cgi is not supported: there is no CGIHTTPRequestHandler")

    class DualStackServer(HTTPServer):
        def server_bind(self):
            # Accept IPv4 too on an IPv6 socket.
            with contextlib.suppress(Exception):
                self.socket.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
            return super().server_bind()

        def finish_request(self, request, client_address):
            self.RequestHandlerClass(request, client_address, self,
                                     directory=args.directory)

    test(HandlerClass=SimpleHTTPRequestHandler, ServerClass=DualStackServer,
         port=args.port, bind=args.bind, protocol=args.protocol)


if __name__ == '__main__':
    _main()
