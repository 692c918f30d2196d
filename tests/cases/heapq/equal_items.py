# Equal and unordered items: which object comes back, NaN, mixed numbers.
import heapq

class Tag:
    def __init__(self, v, name):
        self.v = v
        self.name = name
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return '%s%d' % (self.name, self.v)

h = [Tag(1, 'a'), Tag(1, 'b'), Tag(2, 'c')]
print(heapq.heappushpop(h, Tag(1, 'x')), h)
print(heapq.heapreplace(h, Tag(1, 'y')), h)
heapq.heappush(h, Tag(1, 'z'))
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
m = [Tag(5, 'a'), Tag(5, 'b')]
print(heapq.heappushpop_max(m, Tag(5, 'x')), heapq.heapreplace_max(m, Tag(5, 'y')), m)

nan = float('nan')
h = [3.0, nan, 1.0, 2.0, nan, 0.5]
heapq.heapify(h)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
h = [1, 2.5, True, 0.0, -3, 2 ** 70, -2.0 ** 70]
heapq.heapify(h)
print(h, heapq.nsmallest(3, h), heapq.nlargest(3, h))
print(list(heapq.merge([0.5, 1, 2.0], [False, True, 3])))
