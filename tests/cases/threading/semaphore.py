# Semaphore and BoundedSemaphore: counts, timed acquires, over-release.
import threading, re


def shape(obj):
    return re.sub(r"0x[0-9a-f]+", "ADDR", repr(obj))


s = threading.Semaphore(2)
print(shape(s), s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.02))
s.release(3)
print(shape(s))
with s:
    print(shape(s))
for call in (lambda: threading.Semaphore(-1), lambda: s.acquire(False, 1), lambda: s.release(0)):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
b = threading.BoundedSemaphore(2)
print(shape(b))
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError", e)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("ValueError", e)
b.release(2)
print(shape(b), issubclass(threading.BoundedSemaphore, threading.Semaphore))
