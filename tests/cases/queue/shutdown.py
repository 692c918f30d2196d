# shutdown(): puts refuse at once, gets once the queue is empty.
import queue

q = queue.Queue()
print(q.is_shutdown)
q.put(1)
q.put(2)
q.shutdown()
print(q.is_shutdown)
for call in (lambda: q.put(3), lambda: q.put(3, False), lambda: q.put_nowait(3)):
    try:
        call()
    except queue.ShutDown as e:
        print("ShutDown", repr(e))
print(q.get(), q.get(False))
for call in (q.get, lambda: q.get(False), q.get_nowait, lambda: q.get(timeout=1)):
    try:
        call()
    except queue.ShutDown as e:
        print("ShutDown on empty", repr(e))
print(q.unfinished_tasks)
q.task_done()
q.task_done()
q.join()
print("joined")
print(queue.ShutDown.__mro__)
