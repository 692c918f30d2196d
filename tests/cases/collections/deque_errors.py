from collections import deque

d = deque([1, 2, 3])
tests = [
    lambda: deque().pop(), lambda: deque().popleft(), lambda: d[10], lambda: d[-4], lambda: d['a'],
    lambda: d[1:2], lambda: d.remove(99), lambda: d.index(99), lambda: d.index(2, 0, 1),
    lambda: d.rotate('a'), lambda: deque(1), lambda: deque([], 2, 3), lambda: deque(foo=1),
    lambda: deque([1]) < [2], lambda: deque([1]) + [2], lambda: hash(deque()),
    lambda: d.index(), lambda: d.count(), lambda: d.extend(5), lambda: d.insert(),
    lambda: d.append(), lambda: d.append(1, 2), lambda: d.pop(1), lambda: d.rotate(1, 2),
    lambda: d.__delitem__(5), lambda: d.__setitem__(5, 1), lambda: deque([1]) * 'x',
    lambda: d.insert('a', 1), lambda: d.extendleft(None), lambda: d < 3, lambda: deque() + None,
    lambda: deque([1], -5),
]
for i, f in enumerate(tests):
    try:
        print(i, repr(f()))
    except Exception as e:
        print(i, type(e).__name__, e)
print(d)
