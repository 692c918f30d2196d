# cwd: tmp
# AF_UNIX datagram sockets bound to paths: recvfrom gives the sender's path.
import socket

a = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
a.bind("a.sock")
b.bind("b.sock")
a.sendto(b"from a", "b.sock")
print(b.recvfrom(100))
c = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
c.sendto(b"anonymous", "b.sock")
print(b.recvfrom(100))
a.close()
b.close()
c.close()
