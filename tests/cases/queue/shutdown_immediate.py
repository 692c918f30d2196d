# shutdown(immediate=True) drains the queue and its unfinished tasks.
import queue

q = queue.Queue()
for i in range(4):
    q.put(i)
print(q.get())
q.shutdown(immediate=True)
print(q.qsize(), q.empty(), q.unfinished_tasks, list(q.queue))
try:
    q.get()
except queue.ShutDown:
    print("ShutDown")
q.task_done()
q.join()
print("joined", q.unfinished_tasks)

p = queue.PriorityQueue()
for i in (5, 1, 3):
    p.put(i)
p.shutdown(True)
print(p.queue, p.unfinished_tasks)
q2 = queue.Queue()
q2.shutdown()
q2.shutdown(immediate=True)
print(q2.is_shutdown)
