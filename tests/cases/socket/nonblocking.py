# Non-blocking sockets: BlockingIOError with EAGAIN, accept() with nothing
# waiting, setblocking() round trips, SOCK_NONBLOCK at creation.
import errno
import socket

a, b = socket.socketpair()
a.setblocking(False)
print(a.getblocking(), a.gettimeout())
try:
    a.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno == errno.EAGAIN, e)
srv = socket.create_server(("127.0.0.1", 0))
srv.setblocking(False)
try:
    srv.accept()
except BlockingIOError as e:
    print("accept:", e)
cli = socket.create_connection(srv.getsockname())
conn, _ = srv.accept()
print(conn.getblocking(), conn.gettimeout())
n = 0
cli.setblocking(False)
try:
    while True:
        n += cli.send(b"x" * 65536)
except BlockingIOError as e:
    print("send buffer full", n > 0, e.errno == errno.EAGAIN)
a.setblocking(True)
print(a.getblocking(), a.gettimeout())
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)
print(s.type, s.getblocking(), s.gettimeout())
for x in (a, b, srv, cli, conn, s):
    x.close()
