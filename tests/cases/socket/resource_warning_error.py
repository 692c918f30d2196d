# options: -W error
# With -W error the ResourceWarning of a dying socket is reported as
# unraisable ("Exception ignored while finalizing socket ...").
import socket, _socket
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
del s
r = _socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
del r
print("end")
