# Argument errors of the socket methods and constructors: CPython's texts.
import _socket
import socket

s = socket.socket()
calls = [lambda: s.recv(-1), lambda: s.recv("x"), lambda: s.recv(), lambda: s.recv(1, 2, 3),
         lambda: s.recv_into(bytearray(2), 5), lambda: s.recv_into(bytearray(2), -1),
         lambda: s.recvfrom(-1), lambda: s.recvfrom_into(bytearray(2), 5), lambda: s.recv_into(b"xx"),
         lambda: s.send("x"), lambda: s.send(), lambda: s.sendall("x"), lambda: s.sendto(b"x"),
         lambda: s.sendto(b"x", 1, 2, 3), lambda: s.sendto(),
 lambda: s.bind(), lambda: s.connect(1), lambda: s.listen("x"),
         lambda: s.settimeout(), lambda: s.fileno(1), lambda: _socket.socket(99),
         lambda: _socket.socket(fileno=-5), lambda: _socket.socket("x"), lambda: _socket.socket(1, 2, 3, 4, 5),
         lambda: socket.socket(socket.AF_INET, 12345), lambda: s.getsockopt(1), lambda: s.shutdown()]
for c in calls:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
print(s.setblocking("x"), s.getblocking())
s.close()
