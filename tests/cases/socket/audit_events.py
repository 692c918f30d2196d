# The audit events of socket: socket.__new__, bind, connect, sendto,
# sendmsg, and the name resolution functions.
import re
import socket
import sys


def hook(event, args):
    if event.startswith("socket."):
        text = re.sub(r"fd=-?\d+", "fd=N", repr(args))
        print(event, re.sub(r"(\d+)\)>", "P)>", text))


sys.addaudithook(hook)
s = socket.socket()
s.bind(("127.0.0.1", 0))
try:
    s.connect(("127.0.0.1", 1))
except OSError:
    pass
s.close()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.sendto(b"x", ("127.0.0.1", 9))
u.sendmsg([b"x"], [], 0, ("127.0.0.1", 9))
u.sendmsg([b"x"]) if False else None
socket.getaddrinfo("127.0.0.1", 80)
socket.getaddrinfo("127.0.0.1", "http", socket.AF_INET, socket.SOCK_STREAM)
socket.gethostbyname("127.0.0.1")
socket.gethostbyname_ex("127.0.0.1")
socket.gethostbyaddr("127.0.0.1")
socket.gethostname()
socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST)
socket.getservbyname("http")
socket.getservbyport(80, "tcp")
a, b = socket.socketpair()
c = socket.fromfd(a.fileno(), socket.AF_UNIX, socket.SOCK_STREAM)
for x in (u, a, b, c):
    x.close()
