# cwd: tmp
# AF_UNIX stream sockets bound to a path: the path is the address, the
# client's own address is '' (unbound), and the file stays until removed.
import os
import socket

srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind("srv.sock")
srv.listen()
print(srv.getsockname(), os.path.exists("srv.sock"))
cli = socket.socket(socket.AF_UNIX)
cli.connect("srv.sock")
conn, addr = srv.accept()
print(repr(addr), cli.getpeername(), repr(cli.getsockname()))
cli.sendall(b"unix")
print(conn.recv(10))
print(repr(conn))
for s in (cli, conn, srv):
    s.close()
try:
    socket.socket(socket.AF_UNIX).connect("missing.sock")
except FileNotFoundError as e:
    print(e)
s = socket.socket(socket.AF_UNIX)
try:
    s.bind("srv.sock")
except OSError as e:
    print(type(e).__name__, e)
s.bind(b"bytes.sock")
print(s.getsockname())
s.close()
