# heapify of large lists: the comparisons are made in CPython's order (it
# changes above 2500 items), for min and max heaps.
import heapq

log = []

class K:
    __slots__ = ('v',)
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append(self.v * 1000003 + other.v)
        return self.v < other.v

def values(n, seed):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 100000)
    return out

for n in (2499, 2500, 2501, 2502, 3000, 4095, 4096, 4097, 6000, 9001):
    for fn in (heapq.heapify, heapq.heapify_max):
        h = [K(v) for v in values(n, n)]
        log.clear()
        fn(h)
        digest = 0
        for c in log:
            digest = (digest * 31 + c) % 1000000007
        print(n, fn.__name__, len(log), digest, [k.v for k in h[:8]])
        ok = all(not (h[(i - 1) // 2].v > h[i].v if fn is heapq.heapify else h[(i - 1) // 2].v < h[i].v)
                 for i in range(1, n))
        print(ok)
