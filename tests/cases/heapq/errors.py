# Error messages of the C functions.
import heapq

def attempt(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

for f in (heapq.heappop, heapq.heappop_max):
    attempt(f, [])
for f in (heapq.heapreplace, heapq.heapreplace_max):
    attempt(f, [], 1)
for f in (heapq.heapify, heapq.heappop, heapq.heapify_max, heapq.heappop_max):
    attempt(f, (1, 2))
    attempt(f, None)
    attempt(f, 'abc')
for f in (heapq.heappush, heapq.heapreplace, heapq.heappushpop,
          heapq.heappush_max, heapq.heapreplace_max, heapq.heappushpop_max):
    attempt(f, (1,), 2)
    attempt(f, {}, 2)
    attempt(f, [])
    attempt(f, [], 1, 2)
    attempt(f, heap=[], item=1)
attempt(heapq.heapify)
attempt(heapq.heapify, [], [])
attempt(heapq.heappop, heap=[1])
attempt(heapq.heappush, [1, 'a'], 2)
attempt(heapq.heappush, [1, 2], 'a')
attempt(heapq.heapify, [3, 'a', 1])
attempt(heapq.heappushpop, [1], 'x')
attempt(heapq.heappushpop_max, [1], 'x')
attempt(heapq.heappop, [1, 2, None])
