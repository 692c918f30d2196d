# A held lock: a timed acquire sleeps out its time, then gives up.
import threading, time

lock = threading.Lock()
lock.acquire()
start = time.monotonic()
print(lock.acquire(timeout=0.05), time.monotonic() - start >= 0.04)
print(lock.acquire(True, 0))
print(lock.acquire(timeout=0))
for args, kwargs in [((False, 1), {}), ((), {"timeout": -2}), ((), {"timeout": -0.5}),
                     ((), {"timeout": 1e10}), ((), {"timeout": "1"})]:
    try:
        lock.acquire(*args, **kwargs)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(threading.TIMEOUT_MAX)
lock.release()
print(lock.acquire(timeout=5), lock.acquire(False, -1))
