# TCP over 127.0.0.1: a listening socket on port 0, a client, accept(), the
# addresses both ends see, and data both ways.
import socket

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.bind(("127.0.0.1", 0))
srv.listen(5)
host, port = srv.getsockname()
print(host, type(port), 0 < port < 65536)
cli = socket.socket()
cli.connect((host, port))
conn, addr = srv.accept()
print(type(conn).__name__, addr[0], addr == cli.getsockname(), conn.getpeername() == cli.getsockname())
print(cli.getpeername() == (host, port), conn.getsockname() == (host, port))
cli.sendall(b"ping")
print(conn.recv(10))
conn.sendall(b"pong" * 3)
data = b""
while len(data) < 12:
    data += cli.recv(100)
print(data)
print(conn.family, conn.type, conn.gettimeout(), conn.getblocking())
for s in (cli, conn, srv):
    s.close()
print(srv.fileno(), cli.fileno())
