# The exception classes: socket.error is OSError, timeout is TimeoutError,
# herror and gaierror are OSError subclasses with CPython's messages.
import socket

print(socket.error is OSError, socket.timeout is TimeoutError)
for cls in (socket.herror, socket.gaierror):
    print(cls.__name__, cls.__module__, cls.__mro__[1:3], repr(cls))
try:
    socket.getaddrinfo("nonexistent.invalid", 80)
except socket.gaierror as e:
    print(e.errno, e.strerror, e.args, str(e), e.errno == socket.EAI_NONAME)
e = socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")
print(e, repr(e))
print(socket.herror(1, "Unknown host"))
print([n for n in dir(socket) if n.startswith("EAI_")])
print(socket.EAI_NONAME, socket.EAI_SERVICE, socket.EAI_FAMILY)
try:
    socket.getaddrinfo("127.0.0.1", 80, 12345)
except socket.gaierror as e:
    print(e)
