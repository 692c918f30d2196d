# The reprs of socket.socket (with laddr/raddr) and of _socket.socket.
import _socket
import re
import socket

def clean(s):
    return re.sub(r"fd=\d+", "fd=N", re.sub(r"(\d+)\)", "P)", s))

srv = socket.create_server(("127.0.0.1", 0))
print(clean(repr(srv)))
cli = socket.create_connection(srv.getsockname())
conn, _ = srv.accept()
print(clean(repr(cli)))
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(clean(repr(u)))
raw = _socket.socket()
print(clean(repr(raw)), type(raw).__name__, _socket.SocketType is _socket.socket)
for s in (srv, cli, conn, u, raw):
    s.close()
print(clean(repr(srv)))
print(repr(raw))
class Mine(socket.socket):
    pass
m = Mine()
print(clean(repr(m)))
m.close()
print(socket.socket.__mro__)
