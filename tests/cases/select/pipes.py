# Readiness of the two ends of a pipe through select, poll and epoll:
# data to read, a closed writer (POLLHUP), a full pipe.
import os
import select

r, w = os.pipe()
print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b"hello")
print(select.select([r], [w], [r, w], 0) == ([r], [w], []))
p = select.poll()
p.register(r, select.POLLIN)
p.register(w, select.POLLOUT)
print(sorted((fd == r, ev) for fd, ev in p.poll(0)))
e = select.epoll()
e.register(r, select.EPOLLIN)
e.register(w, select.EPOLLOUT)
print(sorted((fd == r, ev) for fd, ev in e.poll(0)))
print(os.read(r, 100))
print(sorted((fd == r, ev) for fd, ev in p.poll(0)), sorted((fd == r, ev) for fd, ev in e.poll(0)))
os.set_blocking(w, False)
total = 0
try:
    while True:
        total += os.write(w, b"x" * 65536)
except BlockingIOError:
    pass
print(total > 0, select.select([], [w], [], 0) == ([], [], []), p.poll(0) == [(r, select.POLLIN)])
while os.read(r, 1 << 20):
    if not select.select([r], [], [], 0)[0]:
        break
os.close(w)
p.unregister(w)
print(p.poll(0) == [(r, select.POLLHUP)], [(fd == r, ev) for fd, ev in e.poll(0)])
e.close()
os.close(r)
try:
    p.poll(0)
    print(p.poll(0) == [(r, select.POLLNVAL)])
except OSError as ex:
    print(type(ex).__name__)
