# shutdown(): SHUT_WR ends the peer's reads with b'', SHUT_RD, bad values.
import socket

a, b = socket.socketpair()
a.sendall(b"last words")
a.shutdown(socket.SHUT_WR)
print(b.recv(100), b.recv(100))
try:
    a.send(b"more")
except BrokenPipeError as e:
    print(type(e).__name__, e)
b.send(b"still one way")
print(a.recv(100))
for how in (5, -1, "x"):
    try:
        a.shutdown(how)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
print(socket.SHUT_RD, socket.SHUT_WR, socket.SHUT_RDWR)
a.close()
b.close()
s = socket.socket()
try:
    s.shutdown(socket.SHUT_RDWR)
except OSError as e:
    print(type(e).__name__, e)
s.close()
