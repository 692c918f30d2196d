# getaddrinfo() with numeric hosts: the enums in the results, ports as int,
# str or bytes, the flags, and its errors.
import socket

print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo("127.0.0.1", None))
print(socket.getaddrinfo(None, 0, flags=socket.AI_PASSIVE, type=socket.SOCK_STREAM, family=socket.AF_INET))
print(socket.getaddrinfo("::1", "8080", socket.AF_INET6, socket.SOCK_DGRAM))
print(socket.getaddrinfo(b"127.0.0.1", b"53", proto=socket.IPPROTO_UDP))
print(socket.getaddrinfo("127.0.0.1", 7, 0, 0, 0, socket.AI_NUMERICHOST | socket.AI_NUMERICSERV))
for args in [(1, 2), ("x", 1.5), ("127.0.0.1", "nosuchservice-x"), (None, None),
             ("localhost.invalid", 80, 0, 0, 0, socket.AI_NUMERICHOST), ("127.0.0.1", 80, 12345),
             ("127.0.0.1", 80, 0, 0, 0, "x")]:
    try:
        print(socket.getaddrinfo(*args))
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)
import _socket
print(_socket.getaddrinfo("127.0.0.1", 1, socket.AF_INET, socket.SOCK_STREAM))
