# A bounded Queue: Full when no slot is free, at once or after the time-out.
import queue, time

q = queue.Queue(maxsize=2)
q.put("a")
q.put("b")
print(q.full(), q.qsize())
for call in (lambda: q.put("c", False), lambda: q.put_nowait("c"),
             lambda: q.put("c", block=False, timeout=5)):
    try:
        call()
    except queue.Full as e:
        print("Full", repr(e), isinstance(e, Exception))
start = time.monotonic()
try:
    q.put("c", timeout=0.05)
except queue.Full:
    print("Full after", time.monotonic() - start >= 0.04)
print(q.get(), q.full())
q.put("c")
print(list(q.queue))
print(queue.Queue(0).full(), queue.Queue(-3).full())
