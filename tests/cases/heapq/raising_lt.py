# Comparisons that raise: the exception comes through, the list stays a
# permutation of its items.
import heapq

class Bad:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 3 or getattr(other, 'v', None) == 3:
            raise ValueError('cannot compare %d' % self.v)
        return self.v < other.v
    def __repr__(self):
        return 'B%d' % self.v

def run(label, f, *args):
    try:
        print(label, f(*args))
    except ValueError as e:
        print(label, 'ValueError', e)

h = [Bad(v) for v in [5, 4, 3, 2, 1]]
run('heapify', heapq.heapify, h)
print(h)
h = [Bad(v) for v in [1, 2, 4, 5]]
run('push', heapq.heappush, h, Bad(3))
print(h)
h = [Bad(v) for v in [1, 2, 3, 5, 6]]
run('pop', heapq.heappop, h)
print(h)
run('pushpop', heapq.heappushpop, [Bad(3)], Bad(4))
run('replace', heapq.heapreplace, [Bad(1), Bad(3), Bad(2)], Bad(9))

class NoLt:
    pass

try:
    heapq.heappush([NoLt()], NoLt())
except TypeError as e:
    print(e)
try:
    heapq.heapify([1, NoLt(), 2])
except TypeError as e:
    print(e)

class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print('gt', self.v, other.v)
        return self.v > other.v
    def __repr__(self):
        return 'G%d' % self.v

h = [OnlyGt(v) for v in [3, 1, 2]]
heapq.heapify(h)
print(h)
