# The heap operations on plain ints: results and the list left behind.
import heapq

h = []
for v in [5, 3, 8, 1, 9, 2, 7, 1, 6]:
    heapq.heappush(h, v)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))], h)

h = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
heapq.heapify(h)
print(h)
print(heapq.heapreplace(h, 10), h)
print(heapq.heappushpop(h, -1), h)
print(heapq.heappushpop(h, 4), h)
print(heapq.heappushpop([], 3))
print(heapq.heappop([42]))
one = [1]
heapq.heapify(one)
print(one)
empty = []
heapq.heapify(empty)
print(empty)
print(heapq.heappush(h, 0), h[0])
