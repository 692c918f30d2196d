# Lock: acquire, release, locked, the context manager, and its repr.
import threading, _thread, re


def shape(obj):
    return re.sub(r"0x[0-9a-f]+", "ADDR", repr(obj))


lock = threading.Lock()
print(type(lock), threading.Lock is _thread.LockType, _thread.allocate_lock().__class__)
print(shape(lock), lock.locked())
print(lock.acquire(), lock.locked(), shape(lock))
print(lock.acquire(False), lock.acquire(blocking=False))
lock.release()
print(lock.locked())
with lock:
    print("inside", lock.locked())
print("after", lock.locked())
print(lock.acquire_lock(), lock.locked_lock())
lock.release_lock()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
print(_thread.error is RuntimeError, threading.ThreadError is RuntimeError)
print(type(_thread.lock()), type(_thread.allocate()))
