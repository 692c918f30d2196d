# LifoQueue and PriorityQueue: their orders and their storage.
import queue

lq = queue.LifoQueue()
for x in "abcde":
    lq.put(x)
print(lq.queue, lq.qsize(), [lq.get() for _ in range(5)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A"), (5, "e")]:
    pq.put(item)
print(len(pq.queue), pq.queue[0])
print([pq.get() for _ in range(5)])

pq = queue.PriorityQueue(maxsize=2)
pq.put(9)
pq.put(4)
try:
    pq.put(1, block=False)
except queue.Full:
    print("full", pq.queue)
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.PriorityQueue, queue.Queue))
try:
    queue.PriorityQueue().put(1) or None
    q2 = queue.PriorityQueue()
    q2.put(1)
    q2.put("x")
except TypeError as e:
    print("TypeError", e)
