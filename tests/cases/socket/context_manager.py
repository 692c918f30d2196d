# The context manager closes the socket, also on an exception; a socket
# with a makefile() stream open stays open until the stream closes too.
import socket

with socket.socket() as s:
    print(s.fileno() >= 0, s._closed)
print(s.fileno(), s._closed)
try:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
        raise KeyError("inside")
except KeyError as e:
    print("raised", e, u.fileno())
a, b = socket.socketpair()
f = a.makefile("wb")
a.close()
print(a._closed, a.fileno() >= 0)
f.write(b"still open")
f.flush()
f.close()
print(a.fileno(), b.recv(100))
b.close()
try:
    socket.socket().__getstate__()
except TypeError as e:
    print(e)
