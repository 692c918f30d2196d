# __lt__ that changes the list while the heap is being worked on.
import heapq

H = None

class M:
    def __init__(self, v, act=None):
        self.v = v
        self.act = act
    def __lt__(self, other):
        if self.act:
            act, self.act = self.act, None
            act()
        return self.v < other.v
    def __repr__(self):
        return 'M%d' % self.v

def run(label, f, heap, *args):
    global H
    H = heap
    try:
        print(label, f(heap, *args), heap)
    except Exception as e:
        print(label, type(e).__name__, e, heap)

def setter(i, v):
    return lambda: H.__setitem__(i, M(v))

run('push clear', heapq.heappush, [M(1), M(2)], M(0, lambda: H.clear()))
run('push append', heapq.heappush, [M(1), M(2)], M(0, lambda: H.append(M(9))))
run('push pop', heapq.heappush, [M(1), M(2), M(3)], M(0, lambda: H.pop()))
run('pop clear', heapq.heappop, [M(1), M(2), M(3, lambda: H.clear()), M(4)])
run('pop append', heapq.heappop, [M(1), M(2, lambda: H.append(M(7))), M(3), M(4)])
run('heapify clear', heapq.heapify, [M(5), M(2, lambda: H.clear()), M(3), M(4)])
run('heapify append', heapq.heapify, [M(5), M(2, lambda: H.append(M(0))), M(3), M(4)])
run('heapify pop', heapq.heapify, [M(5), M(2, lambda: H.pop()), M(3), M(4), M(1)])
run('replace clear', heapq.heapreplace, [M(1), M(2, lambda: H.clear()), M(3)], M(5))
run('pushpop clear', heapq.heappushpop, [M(1, lambda: H.clear()), M(2), M(3)], M(5))
run('pushpop clear 2', heapq.heappushpop, [M(1), M(2), M(3)], M(5, lambda: H.clear()))
run('pushpop append', heapq.heappushpop, [M(1, lambda: H.append(M(0))), M(2), M(3)], M(5))
run('pushpop swap', heapq.heappushpop, [M(1, setter(0, 8)), M(2), M(3)], M(5))
run('push_max clear', heapq.heappush_max, [M(3), M(2)], M(9, lambda: H.clear()))
run('pop_max clear', heapq.heappop_max, [M(4), M(3, lambda: H.clear()), M(2), M(1)])
run('pushpop_max clear', heapq.heappushpop_max, [M(4, lambda: H.clear()), M(3)], M(1))
run('pushpop_max clear 2', heapq.heappushpop_max, [M(4), M(3)], M(1, lambda: H.clear()))
run('push set', heapq.heappush, [M(1), M(2)], M(0, setter(0, 7)))
run('push set 2', heapq.heappush, [M(1), M(2)], M(0, setter(2, 7)))
run('pop set', heapq.heappop, [M(1), M(2, setter(0, 7)), M(3), M(4)])
run('pop set 3', heapq.heappop, [M(1), M(2), M(3), M(4), M(5, setter(4, 9))])
run('heapify set', heapq.heapify, [M(5), M(2, setter(0, 0)), M(3), M(4), M(1)])
run('push reread', heapq.heappush, [M(1), M(2), M(3), M(4)], M(0, setter(4, 9)))
run('replace set', heapq.heapreplace, [M(1), M(2, setter(1, 0)), M(3)], M(5))
big = [M(i) for i in range(3000)]
big[1500] = M(-1, lambda: H.clear())
run('big heapify clear', heapq.heapify, big)
