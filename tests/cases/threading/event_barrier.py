# Event and Barrier without other threads.
import threading, re, time


def shape(obj):
    return re.sub(r"0x[0-9a-f]+", "ADDR", repr(obj))


e = threading.Event()
print(shape(e), e.is_set(), e.wait(0.02), e.wait(0))
e.set()
print(shape(e), e.wait(), e.wait(5))
e.clear()
print(e.is_set())

b = threading.Barrier(1, action=lambda: print("action"))
print(shape(b), b.wait(), b.parties, b.n_waiting, b.broken)
b = threading.Barrier(3, timeout=0.02)
try:
    b.wait()
except threading.BrokenBarrierError as err:
    print("broken", repr(err), b.broken, shape(b))
b.reset()
print(shape(b))
b.abort()
try:
    b.wait(1)
except threading.BrokenBarrierError:
    print("still broken")
try:
    threading.Barrier(0)
except ValueError as err:
    print("ValueError", err)
print(threading.BrokenBarrierError.__mro__)
