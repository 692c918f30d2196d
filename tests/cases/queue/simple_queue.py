# SimpleQueue: unbounded FIFO whose put never blocks.
import queue, time

s = queue.SimpleQueue()
print(type(s), s.empty(), s.qsize())
s.put(1)
s.put(2, False)
s.put(3, True, 10)
s.put_nowait(4)
print(s.qsize(), s.get(), s.get(False), s.get_nowait(), s.get(timeout=1))
for call in (lambda: s.get(False), s.get_nowait, lambda: s.get(False, 3)):
    try:
        call()
    except queue.Empty as e:
        print("Empty", repr(e))
start = time.monotonic()
try:
    s.get(timeout=0.05)
except queue.Empty:
    print("Empty after", time.monotonic() - start >= 0.04)
try:
    s.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
try:
    queue.SimpleQueue(5)
except TypeError as e:
    print("TypeError", e)
for i in range(1000):
    s.put(i)
total = 0
while not s.empty():
    total += s.get()
print(total, s.qsize())
print(queue.SimpleQueue[int], queue.Queue[str], queue.LifoQueue[int])
