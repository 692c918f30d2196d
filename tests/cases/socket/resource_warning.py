# options: -W always
# A socket that dies open warns "unclosed <socket.socket ...>" and closes.
import gc
import socket

s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
del s
gc.collect()
a, b = socket.socketpair()
a.close()
del a, b
import _socket
raw = _socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
del raw
closed = socket.socket(socket.AF_UNIX)
closed.close()
del closed
print("done")
