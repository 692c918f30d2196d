# lib: futshow
import concurrent.futures as cf
import time
from futshow import LaterExecutor, error

later = LaterExecutor()
results = later.map(abs, [-1, -2, -3], timeout=0.05)
held = [f for f, *_ in later.queue]
later.run(1)
print(next(results))
start = time.monotonic()
error(next, results)
print(time.monotonic() - start >= 0.03)
print([f._state for f in held])
error(next, results)
later.run()

# the time-out counts from the map() call, not from each result
results = later.map(abs, [-4, -5], timeout=0.02)
time.sleep(0.03)
later.run()
error(list, results)
results = later.map(abs, [-6], timeout=5)
later.run()
print(list(results))
error(later.map, abs, [1], timeout='x')
