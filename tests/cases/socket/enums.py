# The enums of socket: AddressFamily and SocketKind (IntEnum), MsgFlag and
# AddressInfo (IntFlag); the module's constants are their members.
import socket

for v in (socket.AF_INET, socket.AF_INET6, socket.AF_UNIX, socket.SOCK_STREAM, socket.SOCK_DGRAM,
          socket.SOCK_RAW, socket.MSG_PEEK, socket.MSG_DONTWAIT, socket.AI_PASSIVE, socket.AI_CANONNAME):
    print(repr(v), str(v), int(v), format(v), type(v).__name__)
print(socket.AddressFamily(2), socket.SocketKind(1), socket.AddressFamily.__module__)
print(repr(socket.MSG_PEEK | socket.MSG_WAITALL))
print(repr(socket.AI_PASSIVE | socket.AI_NUMERICHOST))
print(socket.AddressFamily["AF_INET6"], socket.AF_INET == 2, socket.SOCK_STREAM + 0)
print(issubclass(socket.AddressFamily, int), isinstance(socket.MSG_OOB, int))
print("AF_INET" in socket.__all__, "socket" in socket.__all__, "SocketKind" in socket.__all__)
print(socket.socket(socket.AF_INET, 99 if False else socket.SOCK_DGRAM).type)
s = socket.socket(fileno=socket.socket().detach())
print(s.family, s.type)
s.close()
