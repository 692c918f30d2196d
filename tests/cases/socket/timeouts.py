# Timeouts: settimeout/gettimeout, the blocking flag they imply, the
# TimeoutError "timed out", the module's default timeout for new sockets.
import socket

a, b = socket.socketpair()
print(a.gettimeout(), a.getblocking(), a.timeout)
a.settimeout(0.05)
print(a.gettimeout(), a.getblocking(), a.timeout)
try:
    a.recv(10)
except TimeoutError as e:
    print(type(e).__name__, e, e.errno, isinstance(e, socket.timeout), socket.timeout is TimeoutError)
b.send(b"in time")
print(a.recv(10))
a.settimeout(0)
print(a.gettimeout(), a.getblocking())
a.settimeout(None)
print(a.gettimeout(), a.getblocking())
a.settimeout(3)
print(a.gettimeout(), type(a.gettimeout()))
for bad in ["x", -1, float("nan"), 1e300, 2 ** 70, [1]]:
    try:
        a.settimeout(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
c = socket.socket()
print(socket.getdefaulttimeout(), c.gettimeout(), c.getblocking())
c.close()
socket.setdefaulttimeout(0)
c = socket.socket()
print(c.gettimeout(), c.getblocking())
c.close()
socket.setdefaulttimeout(None)
for bad in ["x", -2]:
    try:
        socket.setdefaulttimeout(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a.close()
b.close()
