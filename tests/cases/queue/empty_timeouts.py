# get() on an empty queue: Empty at once, or after sleeping out the time-out.
import queue, time

q = queue.Queue()
for call in (lambda: q.get(False), q.get_nowait, lambda: q.get(block=False, timeout=-1)):
    try:
        call()
    except queue.Empty as e:
        print("Empty", repr(e))
start = time.monotonic()
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("Empty after", time.monotonic() - start >= 0.04)
try:
    q.get(timeout=0)
except queue.Empty:
    print("Empty with zero time-out")
for bad in (-1, -0.5):
    try:
        q.get(timeout=bad)
    except ValueError as e:
        print("ValueError", e)
q.put(1)
try:
    q.get(timeout=-1)
except ValueError as e:
    print("even with an item:", e)
print(q.put(2, timeout=-1), q.qsize())
