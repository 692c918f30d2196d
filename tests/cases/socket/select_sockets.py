# select, poll, epoll and selectors take socket objects (their fileno()).
import select
import selectors
import socket

a, b = socket.socketpair()
print(select.select([a, b], [], [], 0) == ([], [], []))
a.send(b"x")
r, w, x = select.select([a, b], [a], [], 1)
print(r == [b], w == [a], x)
p = select.poll()
p.register(b, select.POLLIN)
print(p.poll(0) == [(b.fileno(), select.POLLIN)])
ep = select.epoll()
ep.register(b, select.EPOLLIN)
print(ep.poll(0) == [(b.fileno(), select.EPOLLIN)])
ep.close()
sel = selectors.DefaultSelector()
sel.register(b, selectors.EVENT_READ, "reader")
events = sel.select(0)
print([(key.fileobj is b, key.data, mask) for key, mask in events])
b.recv(1)
print(sel.select(0))
sel.close()
srv = socket.create_server(("127.0.0.1", 0))
srv.setblocking(False)
cli = socket.socket()
cli.setblocking(False)
print(cli.connect_ex(srv.getsockname()) in (0, 115))
r, w, _ = select.select([srv], [cli], [], 1)
print(r == [srv], w == [cli])
conn, _ = srv.accept()
for s in (a, b, srv, cli, conn):
    s.close()
