# Odd maxsize values and arguments.
import queue

q = queue.Queue("a")
print(q.maxsize)
try:
    q.put(1)
except TypeError as e:
    print("TypeError", e)
try:
    queue.Queue().get(timeout="x")
except TypeError as e:
    print("TypeError", e)
q = queue.Queue(2.5)
for i in range(3):
    q.put(i)
print(q.full(), q.qsize())
try:
    q.put(3, False)
except queue.Full:
    print("full at", q.qsize())
try:
    queue.Queue(1, 2)
except TypeError as e:
    print("TypeError", e)
