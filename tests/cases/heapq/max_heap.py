# The max-heap functions of 3.14.
import heapq

h = []
for v in [5, 3, 8, 1, 9, 2, 7, 1, 6]:
    heapq.heappush_max(h, v)
    print(h)
print([heapq.heappop_max(h) for _ in range(len(h))], h)

h = list(range(12))
heapq.heapify_max(h)
print(h)
print(heapq.heapreplace_max(h, -5), h)
print(heapq.heappushpop_max(h, 100), h)
print(heapq.heappushpop_max(h, 4), h)
print(heapq.heappushpop_max([], 3))
print(heapq.heappop_max([42]))
print(heapq._heapify_max is heapq.heapify_max, heapq._heappop_max is heapq.heappop_max,
      heapq._heappush_max is heapq.heappush_max, heapq._heapreplace_max is heapq.heapreplace_max,
      heapq._heappushpop_max is heapq.heappushpop_max)
for name in ('heapify', 'heappop', 'heapreplace', 'heappushpop'):
    try:
        getattr(heapq, name + '_max')([] if name != 'heapify' else (), *([1] if 'p' in name[4:] and name != 'heappop' else []))
    except Exception as e:
        print(name, type(e).__name__, e)
