# Network interfaces: the loopback's index and name.
import socket

lo = [pair for pair in socket.if_nameindex() if pair[1] == "lo"]
print(lo, type(socket.if_nameindex()).__name__)
print(socket.if_nametoindex("lo"), socket.if_indextoname(socket.if_nametoindex("lo")))
for call in [lambda: socket.if_nametoindex("nosuch0"), lambda: socket.if_indextoname(0),
             lambda: socket.if_indextoname(-1), lambda: socket.if_nametoindex(1),
             lambda: socket.if_indextoname("x")]:
    try:
        print(call())
    except (OSError, TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
