from collections import deque

pairs = [([], []), ([1], [1]), ([1], [2]), ([1, 2], [1]), ([1], [1, 2]), ([2], [1, 5]), ('abc', 'abd')]
for a, b in pairs:
    x, y = deque(a), deque(b)
    print(a, b, x == y, x != y, x < y, x <= y, x > y, x >= y)
print(deque([1]) == [1], deque([1]) != (1,), deque() == deque(maxlen=3))
print(deque([1, 2], maxlen=2) == deque([1, 2]))
try:
    deque([1]) < deque(['a'])
except TypeError as e:
    print(e)
print(deque([float('nan')]) == deque([float('nan')]))
n = float('nan')
print(deque([n]) == deque([n]))


class D(deque):
    pass


print(D([1]) == deque([1]), deque([1]) < D([2]))
