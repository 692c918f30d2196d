# HTTPServer's attributes after binding, the context manager, handle_request
# with a timeout and no client, and a handler class that refuses a request
import socket
import http.server


class Handler(http.server.BaseHTTPRequestHandler):
    pass


with http.server.HTTPServer(("127.0.0.1", 0), Handler) as server:
    host, port = server.server_address
    print(host, port == server.server_port, server.server_name == socket.getfqdn("127.0.0.1"))
    print(server.socket.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0,
          server.RequestHandlerClass is Handler, server.address_family == socket.AF_INET,
          server.socket_type == socket.SOCK_STREAM, server.request_queue_size)
    server.timeout = 0.05
    timed_out = []
    server.handle_timeout = lambda: timed_out.append(True)
    server.handle_request()
    print(timed_out)
print(server.socket.fileno())
try:
    http.server.HTTPServer(("127.0.0.1", port), Handler, bind_and_activate=False).server_close()
    print("unbound ok")
except OSError as e:
    print("OSError", e.errno)
s = http.server.HTTPServer(("127.0.0.1", 0), Handler, bind_and_activate=False)
print(s.server_address, hasattr(s, "server_name"))
s.server_bind()
print(s.server_port == s.server_address[1], s.server_name == socket.getfqdn("127.0.0.1"))
s.server_close()
print(issubclass(http.server.HTTPServer, __import__("socketserver").TCPServer),
      http.server.BaseHTTPRequestHandler.__mro__[1].__name__,
      [name for name in http.server.__all__ if name in ("HTTPServer", "BaseHTTPRequestHandler", "SimpleHTTPRequestHandler")])
