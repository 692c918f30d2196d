"""Generic socket servers: a server class per transport, a request handler
class per protocol, and a mix-in that serves each request in a child process.

    TCPServer, UDPServer, UnixStreamServer, UnixDatagramServer
    ForkingMixIn (and the Forking*Server classes built with it)
    BaseRequestHandler, StreamRequestHandler, DatagramRequestHandler

cipy runs one thread per interpreter, so there is no ThreadingMixIn here, and
shutdown() cannot come from another thread: called while serve_forever()
runs (from a handler or service_actions()), it asks the loop to stop after
the current request and returns at once.
"""

__version__ = "0.4"

import os
import selectors
import socket
import sys
from io import BufferedIOBase
from time import monotonic as _clock

__all__ = ["BaseServer", "TCPServer", "UDPServer", "BaseRequestHandler", "StreamRequestHandler",
           "DatagramRequestHandler", "ForkingUDPServer", "ForkingTCPServer", "ForkingMixIn",
           "UnixStreamServer", "UnixDatagramServer", "ForkingUnixStreamServer",
           "ForkingUnixDatagramServer"]

_Selector = getattr(selectors, "PollSelector", selectors.SelectSelector)


class BaseServer:
    """Base class for server classes: the request loop and its hooks."""

    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address, self.RequestHandlerClass = server_address, RequestHandlerClass
        self.__serving = self.__shutdown_request = False

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.server_close()

    # ---- hooks for subclasses: by default they do nothing
    def server_activate(self):
        """Called by the constructor to activate the server."""
        return None

    def service_actions(self):
        """Called once per serve_forever() iteration."""
        return None

    def handle_timeout(self):
        """Called when handle_request() times out."""
        return None

    def close_request(self, request):
        """Called to clean up an individual request."""
        return None

    def server_close(self):
        """Called to clean up the server."""
        return None

    def verify_request(self, request, client_address):
        """Return True to process the request, False to drop it."""
        return True

    # ---- the loop
    def serve_forever(self, poll_interval=0.5):
        """Handle one request at a time until shutdown()."""
        self.__serving = True
        try:
            with _Selector() as watcher:
                watcher.register(self, selectors.EVENT_READ)
                while not self.__shutdown_request:
                    if watcher.select(poll_interval) and not self.__shutdown_request:
                        self._handle_request_noblock()
                    self.service_actions()
        finally:
            self.__shutdown_request = self.__serving = False

    def shutdown(self):
        """Stop the serve_forever() loop (see the module's note on threads)."""
        self.__shutdown_request = True

    def handle_request(self):
        """Handle one request, waiting at most self.timeout (or the socket's
        timeout, whichever is shorter) for it."""
        limits = [t for t in (self.socket.gettimeout(), self.timeout) if t is not None]
        wait = min(limits) if limits else None
        deadline = None if wait is None else _clock() + wait
        with _Selector() as watcher:
            watcher.register(self, selectors.EVENT_READ)
            while not watcher.select(wait):
                if deadline is not None:
                    wait = deadline - _clock()
                    if wait < 0:
                        return self.handle_timeout()
        return self._handle_request_noblock()

    def _handle_request_noblock(self):
        try:
            request, client_address = self.get_request()
        except OSError:
            return
        accepted = False
        try:
            accepted = self.verify_request(request, client_address)
            if accepted:
                self.process_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
            accepted = False
        except BaseException:
            self.shutdown_request(request)
            raise
        if not accepted:
            self.shutdown_request(request)

    def process_request(self, request, client_address):
        """Handle the request, then shut it down (mix-ins override this)."""
        self.finish_request(request, client_address)
        self.shutdown_request(request)

    def finish_request(self, request, client_address):
        """Finish one request by instantiating RequestHandlerClass."""
        handler_class = self.RequestHandlerClass
        handler_class(request, client_address, self)

    def shutdown_request(self, request):
        """Called to shut down and close an individual request."""
        return self.close_request(request)

    def handle_error(self, request, client_address):
        """Report an exception a handler raised, and carry on serving."""
        import traceback
        rule = "-" * 40
        print(rule, file=sys.stderr)
        print("Exception occurred during processing of request from", client_address, file=sys.stderr)
        traceback.print_exc()
        print(rule, file=sys.stderr)


class TCPServer(BaseServer):
    """A server over a stream socket (TCP, or AF_UNIX in a subclass)."""

    allow_reuse_address = allow_reuse_port = False
    request_queue_size = 5
    socket_type, address_family = socket.SOCK_STREAM, socket.AF_INET

    def __init__(self, server_address, RequestHandlerClass, bind_and_activate=True):
        super().__init__(server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        if not bind_and_activate:
            return
        try:
            self.server_bind()
            self.server_activate()
        except BaseException:
            self.server_close()
            raise

    def fileno(self):
        """The socket's descriptor, for selectors."""
        sock = self.socket
        return sock.fileno()

    def server_bind(self):
        """Bind the socket (the options first) and note the address it got."""
        sock = self.socket
        inet = self.address_family in (socket.AF_INET, socket.AF_INET6)
        if self.allow_reuse_address and hasattr(socket, "SO_REUSEADDR"):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if self.allow_reuse_port and inet and hasattr(socket, "SO_REUSEPORT"):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind(self.server_address)
        self.server_address = sock.getsockname()

    def server_activate(self):
        sock = self.socket
        sock.listen(self.request_queue_size)

    def get_request(self):
        """Accept a connection: (socket, client address)."""
        sock = self.socket
        return sock.accept()

    def server_close(self):
        sock = self.socket
        sock.close()

    def close_request(self, request):
        return request.close()

    def shutdown_request(self, request):
        try:
            request.shutdown(socket.SHUT_WR)
        except OSError:
            pass  # the client may have gone already
        return self.close_request(request)


class UDPServer(TCPServer):
    """A server over a datagram socket: each request is one datagram."""

    max_packet_size = 8192
    socket_type = socket.SOCK_DGRAM
    allow_reuse_port = allow_reuse_address = False

    def get_request(self):
        sock = self.socket
        data, client_address = sock.recvfrom(self.max_packet_size)
        return (data, sock), client_address

    def server_activate(self):
        return None  # datagrams need no listen()

    def close_request(self, request):
        return None  # the socket is the server's own

    def shutdown_request(self, request):
        return self.close_request(request)


class UnixStreamServer(TCPServer):
    address_family = socket.AF_UNIX


class UnixDatagramServer(UDPServer):
    address_family = socket.AF_UNIX


if hasattr(os, "fork"):
    class ForkingMixIn:
        """Serve each request in a child process."""

        block_on_close, max_children = True, 40
        active_children, timeout = None, 300

        def handle_timeout(self):
            return self.collect_children()

        def service_actions(self):
            return self.collect_children()

        def server_close(self):
            super().server_close()
            self.collect_children(blocking=self.block_on_close)

        def collect_children(self, *, blocking=False):
            """Reap the children that have ended (waiting while too many run)."""
            children = self.active_children
            if children is None:
                return
            while len(children) >= self.max_children:
                try:
                    gone, _ = os.waitpid(-1, 0)
                except ChildProcessError:
                    children.clear()
                    break
                children.discard(gone)
            for pid in list(children):
                try:
                    gone, _ = os.waitpid(pid, 0 if blocking else os.WNOHANG)
                except ChildProcessError:
                    gone = pid
                if gone:
                    children.discard(pid)

        def process_request(self, request, client_address):
            child = os.fork()
            if child:
                self.active_children = (self.active_children or set()) | {child}
                self.close_request(request)
                return
            code = 1
            try:
                try:
                    self.finish_request(request, client_address)
                    code = 0
                except Exception:
                    self.handle_error(request, client_address)
                self.shutdown_request(request)
            finally:
                os._exit(code)

    class ForkingTCPServer(ForkingMixIn, TCPServer):
        pass

    class ForkingUDPServer(ForkingMixIn, UDPServer):
        pass

    class ForkingUnixStreamServer(ForkingMixIn, UnixStreamServer):
        pass

    class ForkingUnixDatagramServer(ForkingMixIn, UnixDatagramServer):
        pass


class BaseRequestHandler:
    """One request's handler: made per request, runs setup(), handle() and
    finish() from its constructor (finish() even when handle() raises)."""

    def __init__(self, request, client_address, server):
        self.request, self.client_address, self.server = request, client_address, server
        self.setup()
        try:
            self.handle()
        finally:
            self.finish()

    def handle(self):
        return None

    def setup(self):
        return None

    def finish(self):
        return None


class StreamRequestHandler(BaseRequestHandler):
    """A handler with rfile and wfile streams over the connection."""

    timeout = None
    disable_nagle_algorithm = False
    wbufsize, rbufsize = 0, -1

    def setup(self):
        self.connection = conn = self.request
        if self.timeout is not None:
            conn.settimeout(self.timeout)
        if self.disable_nagle_algorithm:
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
        self.rfile = conn.makefile("rb", self.rbufsize)
        self.wfile = conn.makefile("wb", self.wbufsize) if self.wbufsize else _SocketWriter(conn)

    def finish(self):
        try:
            if not self.wfile.closed:
                self.wfile.flush()
        except OSError:
            pass  # the peer may have closed its end
        finally:
            for stream in (self.wfile, self.rfile):
                stream.close()


class _SocketWriter(BufferedIOBase):
    """An unbuffered writer whose write() sends everything (sendall())."""

    def __init__(self, sock):
        self._sock = sock

    def fileno(self):
        sock = self._sock
        return sock.fileno()

    def writable(self):
        return True

    def write(self, b):
        sock = self._sock
        sock.sendall(b)
        with memoryview(b) as view:
            return view.nbytes


class DatagramRequestHandler(BaseRequestHandler):
    """A handler reading the datagram from rfile and sending wfile back."""

    def setup(self):
        import io
        self.packet, self.socket = self.request
        self.rfile, self.wfile = io.BytesIO(self.packet), io.BytesIO()

    def finish(self):
        reply = self.wfile.getvalue()
        self.socket.sendto(reply, self.client_address)
