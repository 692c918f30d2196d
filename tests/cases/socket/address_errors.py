# Bad addresses: CPython's TypeError/OverflowError texts for each family.
import socket

s = socket.socket()
for a in ["x", ("127.0.0.1",), ("127.0.0.1", 70000), ("127.0.0.1", -1), (1, 80), ("127.0.0.1", "80"),
          ("127.0.0.1", 1.5), ("a\0b", 0), ("127.0.0.1", 0, 1), None, [("127.0.0.1", 0)]]:
    try:
        s.bind(a)
    except (TypeError, OverflowError, OSError) as e:
        print("bind", repr(a), type(e).__name__, e)
for a in [("127.0.0.1", 70000), "x"]:
    try:
        s.connect(a)
    except (TypeError, OverflowError) as e:
        print("connect", type(e).__name__, e)
    try:
        s.sendto(b"", a)
    except (TypeError, OverflowError) as e:
        print("sendto", type(e).__name__, e)
s.close()
s6 = socket.socket(socket.AF_INET6)
for a in ["x", ("::1",), ("::1", 70000), ("::1", 0, -1), ("::1", 0, 2 ** 20), ("::1", 0, 0, 0, 0), ("::1", "x")]:
    try:
        s6.bind(a)
    except (TypeError, OverflowError) as e:
        print("bind6", repr(a), type(e).__name__, e)
s6.close()
su = socket.socket(socket.AF_UNIX)
for a in [1, ("x",), "a" * 200, None]:
    try:
        su.bind(a)
    except (TypeError, OSError) as e:
        print("unix", type(e).__name__, e)
su.close()
b = socket.socket()
b.bind((b"127.0.0.1", 0))
print(b.getsockname()[0])
b.close()
b = socket.socket()
b.bind(("", 0))
print(b.getsockname()[0])
b.close()
b = socket.socket()
b.bind(("localhost", 0))
print(b.getsockname()[0])
b.close()
