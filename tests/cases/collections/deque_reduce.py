from collections import deque

d = deque([1, 2, 3])
r = d.__reduce__()
print(r[0], r[1], r[2], type(r[3]).__name__, list(r[3]))
r = deque('ab', 4).__reduce__()
print(r[0], r[1], r[2], list(r[3]))


class D(deque):
    pass


e = D([5])
e.attr = 1
r = e.__reduce__()
print(r[0].__name__, r[1], r[2], list(r[3]))
r = D([6], 2).__reduce__()
print(r[0].__name__, r[1], r[2], list(r[3]))
cls, args, state, items = deque([9, 8], 3).__reduce__()
x = cls(*args)
x.extend(items)
print(x)
