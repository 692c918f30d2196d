# Priority queues of tuples and of objects with ordering: the usual idioms.
import heapq

tasks = []
for prio, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee'), (5, 'ship'), (2, 'test')]:
    heapq.heappush(tasks, (prio, name))
print(tasks)
while tasks:
    print(heapq.heappop(tasks))

counter = 0
pq = []
for prio, item in [(2, {'a': 1}), (1, {'b': 2}), (2, {'c': 3}), (1, {'d': 4})]:
    heapq.heappush(pq, (prio, counter, item))
    counter += 1
print([heapq.heappop(pq)[2] for _ in range(len(pq))])

# heap sort
def heapsort(values):
    h = []
    for v in values:
        heapq.heappush(h, v)
    return [heapq.heappop(h) for _ in range(len(h))]

print(heapsort([9.5, -1.25, 3.0, 2, 7, 3, 0.5]))
print(heapsort(['pear', 'apple', 'fig', 'banana']))
print(heapsort([[3, 1], [1, 2], [3, 0], [1]]))

# k-way top elements with a bounded heap
h = []
for v in [5, 1, 8, 3, 9, 2, 7, 4, 6]:
    if len(h) < 3:
        heapq.heappush(h, v)
    elif v > h[0]:
        heapq.heapreplace(h, v)
print(sorted(h))
big = 2 ** 80
h = [big, -big, 3, big + 1, 1.5]
heapq.heapify(h)
print(h, heapq.heappop(h))
