# Every operation on a closed socket fails with EBADF; close() twice is fine.
import socket

s = socket.socket()
s.close()
s.close()
print(s.fileno(), s._closed)
calls = [("getsockname", ()), ("getpeername", ()), ("recv", (1,)), ("send", (b"x",)),
         ("sendall", (b"x",)), ("listen", ()), ("accept", ()), ("bind", (("127.0.0.1", 0),)),
         ("connect", (("127.0.0.1", 1),)), ("shutdown", (socket.SHUT_RDWR,)),
         ("getsockopt", (socket.SOL_SOCKET, socket.SO_TYPE)), ("setblocking", (True,)),
         ("settimeout", (1,)), ("recvfrom", (1,)), ("sendto", (b"x", ("127.0.0.1", 1)))]
for name, args in calls:
    try:
        print(name, getattr(s, name)(*args))
    except OSError as e:
        print(name, type(e).__name__, e)
print(s.connect_ex(("127.0.0.1", 1)))
print(s.gettimeout(), s)
a, b = socket.socketpair()
fd = a.detach()
print(a.fileno(), repr(a))
b.close()
socket.close(fd)
try:
    socket.close(fd)
except OSError as e:
    print(e)
