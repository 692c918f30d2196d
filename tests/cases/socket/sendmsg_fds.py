# sendmsg/recvmsg with SCM_RIGHTS: a pipe's descriptor travels over an
# AF_UNIX socket (send_fds/recv_fds), plus plain scatter/gather messages.
import os
import socket

a, b = socket.socketpair()
r, w = os.pipe()
print(socket.send_fds(a, [b"with fds"], [r, w]))
data, fds, flags, addr = socket.recv_fds(b, 100, 4)
print(data, len(fds), flags, addr)
os.write(fds[1], b"through the passed pipe")
print(os.read(r, 100))
for fd in fds + [r, w]:
    os.close(fd)
print(a.sendmsg([b"one", bytearray(b"two"), memoryview(b"three")]))
print(b.recvmsg(100))
print(a.sendmsg([b"x"], [], 0))
print(b.recvmsg(10, socket.CMSG_SPACE(4)))
print(socket.CMSG_LEN(4), socket.CMSG_SPACE(4), socket.CMSG_LEN(0), socket.CMSG_SPACE(0))
for call in [lambda: a.sendmsg(1), lambda: b.recvmsg(-1), lambda: b.recvmsg(1, -1), lambda: socket.CMSG_LEN(-1)]:
    try:
        call()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.bind(("127.0.0.1", 0))
u1.sendmsg([b"to", b" addr"], [], 0, u2.getsockname())
data, anc, flags, addr = u2.recvmsg(100)
print(data, anc, flags, addr[0])
for s in (a, b, u1, u2):
    s.close()
