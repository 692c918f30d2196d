# Which comparisons the operations make, and in what order: a logging __lt__.
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

def show(label, result, h):
    print(label, result, h, log)
    log.clear()

h = [K(v) for v in [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]]
show('heapify', heapq.heapify(h), h)
show('push', heapq.heappush(h, K(-1)), h)
show('pop', heapq.heappop(h), h)
show('replace', heapq.heapreplace(h, K(10)), h)
show('pushpop low', heapq.heappushpop(h, K(-5)), h)
show('pushpop high', heapq.heappushpop(h, K(11)), h)
show('heapify_max', heapq.heapify_max(h), h)
show('push_max', heapq.heappush_max(h, K(20)), h)
show('pop_max', heapq.heappop_max(h), h)
show('replace_max', heapq.heapreplace_max(h, K(-3)), h)
show('pushpop_max low', heapq.heappushpop_max(h, K(-7)), h)
show('pushpop_max high', heapq.heappushpop_max(h, K(30)), h)
