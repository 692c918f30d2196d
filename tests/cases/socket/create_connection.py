# create_connection(): timeout, source_address, the refused case with and
# without all_errors; create_server() options; has_dualstack_ipv6().
import socket

srv = socket.create_server(("127.0.0.1", 0), backlog=3)
port = srv.getsockname()[1]
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
c = socket.create_connection(("127.0.0.1", port), timeout=2.5)
print(c.gettimeout(), c.family, c.type)
conn, _ = srv.accept()
c2 = socket.create_connection(("127.0.0.1", port), source_address=("127.0.0.1", 0))
print(c2.gettimeout(), c2.getsockname()[0])
conn2, _ = srv.accept()
for s in (c, c2, conn, conn2, srv):
    s.close()
try:
    socket.create_connection(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e)
try:
    socket.create_connection(("127.0.0.1", port), all_errors=True)
except ExceptionGroup as e:
    print(type(e).__name__, e.message, [type(x).__name__ for x in e.exceptions])
print(socket.has_dualstack_ipv6())
d = socket.create_server(("::", 0), family=socket.AF_INET6, dualstack_ipv6=True)
print(d.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY))
c = socket.create_connection(("127.0.0.1", d.getsockname()[1]))
conn, addr = d.accept()
print(addr[0])
for s in (c, conn, d):
    s.close()
try:
    socket.create_server(("127.0.0.1", 0), dualstack_ipv6=True)
except ValueError as e:
    print(e)
holder = socket.create_server(("127.0.0.1", 0))
try:
    socket.create_server(holder.getsockname(), reuse_port=False)
except OSError as e:
    print(type(e).__name__, e.errno, str(e).replace(str(holder.getsockname()[1]), "PORT"))
holder.close()
r = socket.create_server(("127.0.0.1", 0), reuse_port=True)
print(r.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT))
r.close()
