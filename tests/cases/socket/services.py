# getservbyname / getservbyport / getprotobyname and their errors.
import socket

print(socket.getservbyname("http"), socket.getservbyname("http", "tcp"), socket.getservbyname("domain", "udp"))
print(socket.getservbyport(80), socket.getservbyport(22, "tcp"))
print(socket.getprotobyname("tcp"), socket.getprotobyname("udp"), socket.getprotobyname("icmp"))
for call in [lambda: socket.getservbyname("nosuch-service"), lambda: socket.getservbyname(1),
             lambda: socket.getservbyname("http", 1), lambda: socket.getservbyport(70000),
             lambda: socket.getservbyport(-1), lambda: socket.getservbyport("80"),
             lambda: socket.getprotobyname("nosuch"), lambda: socket.getprotobyname(6)]:
    try:
        print(call())
    except (OSError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
