# Keys that return objects with their own ordering: what is compared with what.
import bisect

log = []

class Key:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return 'Key(%r)' % self.v

items = [{'n': i} for i in range(0, 30, 3)]
k = lambda d: Key(d['n'])
print(bisect.bisect_left(items, Key(10), key=k), log)
log.clear()
print(bisect.bisect_right(items, Key(9), key=k), log)
log.clear()
bisect.insort_left(items, {'n': 9}, key=k)
print([d['n'] for d in items], log)
log.clear()
bisect.insort_right(items, {'n': 9, 'late': True}, key=k)
print(items[3:6], log)
log.clear()
