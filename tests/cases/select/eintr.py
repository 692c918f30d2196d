# PEP 475: a signal during a wait runs its handler, then the wait goes on
# for the time left; a handler that raises ends the wait with its exception.
import select
import signal
import time

calls = []


def handler(signum, frame):
    calls.append(signum)


signal.signal(signal.SIGALRM, handler)
e = select.epoll()
p = select.poll()
p.register(e, select.POLLIN)
for label, wait in [("select", lambda: select.select([e], [], [], 0.2)), ("poll", lambda: p.poll(200)),
                    ("epoll", lambda: e.poll(0.2)), ("sleep", lambda: time.sleep(0.2))]:
    calls.clear()
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    t0 = time.monotonic()
    r = wait()
    print(label, r, calls, time.monotonic() - t0 >= 0.19)


def raising(signum, frame):
    raise RuntimeError("from the handler")


signal.signal(signal.SIGALRM, raising)
for label, wait in [("select", lambda: select.select([e], [], [], 2)), ("poll", lambda: p.poll(2000)),
                    ("epoll", lambda: e.poll(2))]:
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    t0 = time.monotonic()
    try:
        wait()
    except RuntimeError as ex:
        print(label, "RuntimeError", ex, time.monotonic() - t0 < 1.5)
e.close()
