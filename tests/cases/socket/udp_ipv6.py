# UDP over ::1.
import socket

with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as a, \
        socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as b:
    a.bind(("::1", 0))
    b.bind(("::1", 0))
    a.sendto(b"six", b.getsockname())
    data, addr = b.recvfrom(10)
    print(data, addr == a.getsockname(), addr[0], addr[2], addr[3])
    b.sendto(b"back", (addr[0], addr[1]))
    print(a.recv(10))
print(a.fileno(), b.fileno())
