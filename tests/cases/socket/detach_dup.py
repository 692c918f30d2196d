# detach(), dup(), fromfd(), socket(fileno=...): the descriptor moves or is
# copied, family/type/proto are found from it.
import os
import socket

a, b = socket.socketpair()
c = a.dup()
print(c.fileno() != a.fileno(), c.family, c.type, os.get_inheritable(c.fileno()))
c.send(b"via dup")
print(b.recv(100))
c.close()
fd = a.detach()
print(a.fileno(), a._closed)
d = socket.socket(fileno=fd)
print(d.fileno() == fd, d.family, d.type, d.proto)
e = socket.fromfd(d.fileno(), socket.AF_UNIX, socket.SOCK_STREAM)
e.send(b"via fromfd")
print(b.recv(100))
print(d.get_inheritable(), e.get_inheritable())
d.set_inheritable(True)
print(d.get_inheritable())
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
v = socket.socket(fileno=os.dup(u.fileno()))
print(v.family, v.type, v.proto)
w = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM, 0, os.dup(u.fileno()))
print(w.family, w.type)
for x in (b, d, e, u, v, w):
    x.close()
for bad in (-1, "x", 10 ** 20):
    try:
        socket.socket(fileno=bad)
    except (ValueError, TypeError, OverflowError) as err:
        print(type(err).__name__, err)
r, w2 = os.pipe()
try:
    socket.socket(fileno=r)
except OSError as err:
    print(type(err).__name__, err)
os.close(r)
os.close(w2)
