from collections import deque

d = deque([1, 2, 3])
it = iter(d)
print(next(it))
d.append(4)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    next(it)
except (RuntimeError, StopIteration) as e:
    print(type(e).__name__, e)
it = reversed(d)
print(next(it))
d.pop()
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
d = deque([1, 2])
it = iter(d)
d[0] = 5  # assignment is not a mutation of the structure
print(list(it))
it = iter(d)
d.rotate()
try:
    print(list(it))
except RuntimeError as e:
    print('RuntimeError', e)


class Clearer:
    def __eq__(self, other):
        box.clear()
        return False


for name in ('remove', 'index', 'count'):
    box = deque([Clearer(), 1])
    try:
        print(getattr(box, name)(1))
    except Exception as e:
        print(name, type(e).__name__, e)
box = deque([Clearer(), 1])
try:
    print(1 in box)
except Exception as e:
    print('in', type(e).__name__, e)
d = deque()
d.append(d)
print(d)
d2 = deque([[1], d])
print(d2)
it = iter(deque('abc'))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
