# Condition: ownership checks, timed waits with no one to notify.
import threading, re, time


def shape(obj):
    return re.sub(r"0x[0-9a-f]+", "ADDR", repr(obj))


c = threading.Condition()
print(shape(c))
for call in (c.wait, c.notify, c.notify_all, lambda: c.wait_for(lambda: 1)):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError", e)
with c:
    c.notify()
    c.notify(3)
    c.notify_all()
    start = time.monotonic()
    print(c.wait(0.05), time.monotonic() - start >= 0.04)
    print(c.wait_for(lambda: "ready"), c.wait_for(lambda: 0, timeout=0.02))
    print(c.wait(0))
c2 = threading.Condition(threading.Lock())
print(shape(c2))
with c2:
    print(shape(c2), c2.wait(0.01))
c2.acquire()
c2.release()
print(c2.acquire(False), c2._is_owned())
c2.release()
