# The private sifting helpers some programs use (decrease-key, removal).
import heapq

log = []

class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return 'K%d' % self.v

h = [K(v) for v in [1, 3, 2, 7, 4, 5, 6]]
h[5] = K(0)
heapq._siftdown(h, 0, 5)
print(h, log)
log.clear()
h[0] = K(9)
heapq._siftup(h, 0)
print(h, log)
log.clear()

# removal of an arbitrary item
h = [1, 4, 2, 6, 5, 3, 9, 8]
heapq.heapify(h)
i = h.index(4)
h[i] = h[-1]
h.pop()
heapq._siftup(h, i)
heapq._siftdown(h, 0, i)
print(h, [heapq.heappop(h) for _ in range(len(h))])

m = [K(v) for v in [9, 7, 8, 3, 6, 5, 4]]
m[6] = K(10)
heapq._siftdown_max(m, 0, 6)
print(m, log)
log.clear()
m[0] = K(1)
heapq._siftup_max(m, 0)
print(m, log)
log.clear()
h = [5, 4]
heapq._siftdown(h, 1, 1)
print(h)
try:
    heapq._siftup([], 0)
except IndexError as e:
    print('IndexError', e)
