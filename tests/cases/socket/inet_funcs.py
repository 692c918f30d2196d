# inet_aton / inet_ntoa / inet_pton / inet_ntop, and their errors.
import socket

for a in ["1.2.3.4", "1.2.3", "127.1", "0x7f.1", "255.255.255.255", "1.2.3.4.5", "x", b"1.2.3.4", 1]:
    try:
        print(repr(a), socket.inet_aton(a))
    except (OSError, TypeError) as e:
        print(repr(a), type(e).__name__, e)
for a in [b"\x7f\0\0\1", bytearray(b"\1\2\3\4"), memoryview(b"\xff" * 4), b"abc", "1234", 5]:
    try:
        print(socket.inet_ntoa(a))
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
for fam, a in [(socket.AF_INET, "10.0.0.1"), (socket.AF_INET6, "::1"), (socket.AF_INET6, "fe80::1:2"),
               (socket.AF_INET6, "::ffff:1.2.3.4"), (socket.AF_INET, "1.2.3"), (socket.AF_INET6, "::zz"),
               (99, "x"), (socket.AF_INET, 1), ("x", "1.2.3.4")]:
    try:
        print(socket.inet_pton(fam, a))
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
for fam, a in [(socket.AF_INET, b"\1\2\3\4"), (socket.AF_INET6, b"\0" * 15 + b"\1"),
               (socket.AF_INET6, bytes(range(16))), (socket.AF_INET, b"123"), (99, b"x"),
               (socket.AF_INET, 1), (socket.AF_INET6, b"\0" * 4)]:
    try:
        print(socket.inet_ntop(fam, a))
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    socket.inet_pton(socket.AF_INET)
except TypeError as e:
    print(e)
