# TCP over ::1: addresses are 4-tuples (host, port, flowinfo, scope_id).
import socket

srv = socket.create_server(("::1", 0), family=socket.AF_INET6)
port = srv.getsockname()[1]
print(srv.family, srv.getsockname()[0], srv.getsockname()[2:])
cli = socket.socket(socket.AF_INET6)
cli.connect(("::1", port))
conn, addr = srv.accept()
print(addr[0], len(addr), addr[2:], addr == cli.getsockname())
cli.sendall(b"over six")
print(conn.recv(100))
print(srv.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY))
cli.close()
conn.close()
srv.close()
s = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
s.bind(("::1", 0, 0, 0))
print(s.getsockname()[0])
s.close()
