# poll objects: register, modify, unregister, poll and their errors.
import select

p = select.poll()
e = select.epoll()
efd = e.fileno()
print(p.register(1), p.register(2, select.POLLOUT), p.register(efd, select.POLLIN))
print(sorted(p.poll(0)), sorted(p.poll(10)), sorted(p.poll(None if False else 0.5)))
print(p.modify(1, select.POLLIN), sorted(p.poll(0)))
print(p.unregister(1), p.unregister(2), p.poll(0), p.poll(-1.5 if False else 0))


class F:
    def fileno(self):
        return 2


p.register(F(), select.POLLOUT)
print(p.poll(0))
p.register(2)
print(p.poll(0))


def attempt(label, f, *args, **kw):
    try:
        print(label, f(*args, **kw))
    except Exception as ex:
        print(label, "!", type(ex).__name__, ex)


attempt("modify unknown", p.modify, 7, select.POLLIN)
attempt("unregister unknown", p.unregister, 7)
attempt("register negative", p.register, -1)
attempt("register str", p.register, "x")
attempt("register mask negative", p.register, 1, -1)
attempt("register mask big", p.register, 1, 2**16)
attempt("register mask str", p.register, 1, "x")
attempt("poll str", p.poll, "x")
attempt("poll huge", p.poll, 2**70)
attempt("poll float huge", p.poll, 1e300)
attempt("poll two", p.poll, 1, 2)
attempt("register none", p.register)
attempt("register kw", p.register, fd=1)
attempt("poll() arg", select.poll, 1)
q = select.poll()
q.register(efd, select.POLLIN)
print(q.poll(20))
e.close()
