# Subclasses of list: the C functions work on the list itself and do not
# call overridden methods.
import heapq

class Tracked(list):
    def append(self, v):
        print('append', v)
        super().append(v)
    def pop(self, *a):
        print('pop')
        return super().pop(*a)
    def __getitem__(self, i):
        print('getitem', i)
        return super().__getitem__(i)
    def __len__(self):
        print('len')
        return super().__len__()

h = Tracked([5, 1, 4, 2, 3])
heapq.heapify(h)
print(list.__repr__(h), type(h).__name__)
heapq.heappush(h, 0)
print(list.__repr__(h))
print(heapq.heappop(h), heapq.heapreplace(h, 9), heapq.heappushpop(h, 7))
print(list.__repr__(h))
heapq.heapify_max(h)
print(list.__repr__(h), heapq.heappop_max(h))

class WithAttrs(list):
    pass

w = WithAttrs([3, 2, 1])
w.note = 'kept'
heapq.heapify(w)
print(w, w.note, heapq.nsmallest(2, w), heapq.nlargest(2, w))
