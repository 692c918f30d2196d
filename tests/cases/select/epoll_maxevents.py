# epoll.poll returns at most maxevents events; poll objects report all.
import select

e = select.epoll()
e.register(1, select.EPOLLOUT)
e.register(2, select.EPOLLOUT)
print(len(e.poll(0)), len(e.poll(0, 1)), len(e.poll(0, 2)), len(e.poll(0, maxevents=5)), len(e.poll(0, -1)))
print(sorted(fd for fd, ev in e.poll(0)), sorted(ev for fd, ev in e.poll(0)))
p = select.poll()
p.register(1, select.POLLOUT)
p.register(2, select.POLLOUT)
print(sorted(p.poll(0)), sorted(p.poll(1)))
inners = [select.epoll() for _ in range(20)]
for i in inners:
    e.register(i, select.EPOLLIN)
    p.register(i, select.POLLIN)
print(len(e.poll(0)), len(p.poll(0)))
for i in inners:
    e.unregister(i)
    p.unregister(i)
    i.close()
print(len(e.poll(0)), len(p.poll(0)))
e.close()
