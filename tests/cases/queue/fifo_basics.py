# Queue: first in, first out, with its size queries.
import queue

q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full())
for i in range(5):
    q.put(i * i)
print(q.qsize(), q.empty(), q.full(), list(q.queue))
print([q.get() for _ in range(3)], q.qsize())
q.put_nowait("x")
print(q.get_nowait(), q.get(block=False), q.get(True, 1))
print(q.empty(), q.unfinished_tasks)
print(type(q.queue).__name__)
