# getsockopt/setsockopt: the int form, the bytes form (with buflen), the
# None/optlen form, and their errors.
import socket
import struct

s = socket.socket()
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE), s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, False)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 7))
print(struct.unpack("ii", s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)))
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
print(len(s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 4)))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR), s.getsockopt(socket.SOL_SOCKET, socket.SO_DOMAIN))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_PROTOCOL), s.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
calls = [lambda: s.setsockopt(1, 2), lambda: s.setsockopt(), lambda: s.setsockopt(1, 2, 3, 4, 5),
         lambda: s.setsockopt(1, 2, 3, 4), lambda: s.setsockopt(1, 2, None, "x"),
         lambda: s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, None, -1),
         lambda: s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, "x"),
         lambda: s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, -1),
         lambda: s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 2000),
         lambda: s.setsockopt(socket.SOL_SOCKET, 12345, 1), lambda: s.getsockopt(999, 1),
         lambda: s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, None),
         lambda: s.setsockopt("x", 1, 1), lambda: s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 2 ** 40)]
for c in calls:
    try:
        print(c())
    except (OSError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
s.close()
