# gethostbyname / gethostbyname_ex / gethostbyaddr on addresses this host
# knows (numeric, localhost), and the errors for names that do not resolve.
import socket

print(socket.gethostbyname("127.0.0.1"), socket.gethostbyname(b"127.0.0.1"), socket.gethostbyname(""))
print(socket.gethostbyname("localhost"))
print(socket.gethostbyname_ex("127.0.0.1"))
print(socket.gethostbyaddr("127.0.0.1")[2])
for f in (socket.gethostbyname, socket.gethostbyname_ex, socket.gethostbyaddr):
    for bad in ("nonexistent.invalid", 1, None):
        try:
            f(bad)
        except (OSError, TypeError) as e:
            print(f.__name__, type(e).__name__, e, getattr(e, "errno", None))
name = socket.gethostname()
print(type(name).__name__, name == socket.gethostname(), bool(name))
print(type(socket.getfqdn()).__name__, socket.getfqdn("nonexistent.invalid"))
