# htons/ntohs/htonl/ntohl with CPython's OverflowError and ValueError texts.
import socket

for f in (socket.htons, socket.ntohs, socket.htonl, socket.ntohl):
    for a in (0, 1, 0x1234, 0xFFFF, 0x12345678, -1, 2 ** 16, 2 ** 32, 2 ** 64, 1.0, "x", True):
        try:
            print(f.__name__, a, f(a))
        except (OverflowError, ValueError, TypeError) as e:
            print(f.__name__, a, type(e).__name__, e)
try:
    socket.htons()
except TypeError as e:
    print(e)
