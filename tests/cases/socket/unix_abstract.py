# Linux's abstract namespace: an address starting with a NUL byte, given and
# returned as bytes.
import os
import socket

name = b"\0cipy-test-%d" % os.getpid()
srv = socket.socket(socket.AF_UNIX)
srv.bind(name)
srv.listen()
print(srv.getsockname() == name, type(srv.getsockname()).__name__)
cli = socket.socket(socket.AF_UNIX)
cli.connect(name)
conn, _ = srv.accept()
print(cli.getpeername() == name)
try:
    socket.socket(socket.AF_UNIX).bind("x" * 200)
except OSError as e:
    print(type(e).__name__, e)
for s in (cli, conn, srv):
    s.close()
