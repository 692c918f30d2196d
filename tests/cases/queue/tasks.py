# task_done() and join(): the count of unfinished tasks.
import queue

q = queue.Queue()
q.join()
for i in range(3):
    q.put(i)
print(q.unfinished_tasks)
while not q.empty():
    q.get()
    q.task_done()
    print(q.unfinished_tasks)
q.join()
print("joined")
try:
    q.task_done()
except ValueError as e:
    print("ValueError", e)
lq = queue.LifoQueue()
lq.put(1)
lq.task_done()
lq.join()
print(lq.unfinished_tasks, lq.qsize())
