# Which comparisons are made: item < x for the left forms, x < item for the
# right ones, midpoints as CPython computes them.
import bisect

log = []

class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append(('lt', self.v, getattr(other, 'v', other)))
        return self.v < getattr(other, 'v', other)
    def __gt__(self, other):
        log.append(('gt', self.v, getattr(other, 'v', other)))
        return self.v > getattr(other, 'v', other)
    def __repr__(self):
        return 'K%d' % self.v

a = [K(i) for i in range(0, 40, 2)]
for f in (bisect.bisect_left, bisect.bisect_right):
    for x in (K(7), K(8), K(-1), K(99)):
        print(f.__name__, x, f(a, x), log)
        log.clear()
    print(f.__name__, f(a, K(7), 3, 9), log)
    log.clear()
    print(f.__name__, f(a, 7, key=lambda k: k), log)
    log.clear()
    print(f.__name__, f(a, 17), log)
    log.clear()
b = a[:5]
bisect.insort(b, K(3))
print(b, log)
log.clear()
bisect.insort_left(b, K(4))
print(b, log)
log.clear()

class Raises:
    def __lt__(self, other):
        raise RuntimeError('no order')

try:
    bisect.bisect([1, 2, 3], Raises())
except RuntimeError as e:
    print(e)
try:
    bisect.insort_left([Raises(), Raises()], 1)
except RuntimeError as e:
    print(e)
