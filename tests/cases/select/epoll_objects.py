# epoll objects: registering, polling with timeouts and limits, closing,
# the context manager, fromfd, and their errors.
import select

inner = select.epoll()
ifd = inner.fileno()
e = select.epoll()
print(e.closed, type(e.fileno()).__name__, e.fileno() != ifd, repr(e).startswith("<select.epoll object at "))
print(e.register(1, select.EPOLLOUT), e.register(ifd), e.poll(0), e.poll(0.01, maxevents=1), e.poll(timeout=0))
print(e.modify(ifd, select.EPOLLIN), e.poll(0), e.unregister(1), e.poll(0), e.poll(-1 if False else 0))


def attempt(label, f, *args, **kw):
    try:
        print(label, f(*args, **kw))
    except Exception as ex:
        print(label, "!", type(ex).__name__, ex)


attempt("register twice", e.register, ifd)
attempt("modify unknown", e.modify, 2, select.EPOLLIN)
attempt("unregister unknown", e.unregister, 2)
attempt("register bad fd", e.register, 900)
attempt("register negative", e.register, -1)
attempt("register mask negative", e.register, 2, -1)
attempt("poll maxevents 0", e.poll, 0, 0)
attempt("poll maxevents -2", e.poll, 0, -2)
attempt("poll str", e.poll, "x")
attempt("poll nan", e.poll, float("nan"))
attempt("poll unknown kw", e.poll, timeout=0, x=1)
attempt("new sizehint 0", select.epoll, 0)
attempt("new sizehint -2", select.epoll, -2)
attempt("new flags", select.epoll, flags=1)
attempt("new str", select.epoll, "x")
attempt("new three", select.epoll, 1, 2, 3)
x = select.epoll(5, select.EPOLL_CLOEXEC)
print(x.closed, x.close(), x.closed, x.close())
e.close()
print(e.closed)
for name in ["fileno", "poll", "__enter__"]:
    attempt("closed " + name, getattr(e, name))
for name in ["register", "unregister"]:
    attempt("closed " + name, getattr(e, name), 1)
attempt("closed modify", e.modify, 1, 1)
with select.epoll() as w:
    print(w.closed, w.register(ifd), w.poll(0))
print(w.closed)
print(w.__exit__(None, None, None), w.closed)
y = select.epoll.fromfd(select.epoll().fileno() if False else inner.fileno())
print(type(y).__name__, y.closed)
y.close()
print(inner.closed)
attempt("fromfd str", select.epoll.fromfd, "x")
try:
    e.closed = True
except AttributeError as ex:
    print("AttributeError", ex)


try:
    class Sub(select.epoll):
        pass
except TypeError as ex:
    print("TypeError", ex)
