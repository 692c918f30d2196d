# getnameinfo() over numeric addresses, and its errors.
import socket

N = socket.NI_NUMERICHOST | socket.NI_NUMERICSERV
print(socket.getnameinfo(("127.0.0.1", 80), N))
print(socket.getnameinfo(("::1", 443, 0, 0), N))
print(socket.getnameinfo(("127.0.0.1", 0), socket.NI_NUMERICHOST))
for args in [("x", 0), (("127.0.0.1",), 0), (("127.0.0.1", 80, 1), 0), ((1, 80), 0),
             (("127.0.0.1", "80"), 0), (("::1", 80, 2 ** 21), N)]:
    try:
        print(socket.getnameinfo(*args))
    except (TypeError, OSError, OverflowError) as e:
        print(type(e).__name__, e)
