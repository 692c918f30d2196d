first, *middle, last = range(6)
print(first, middle, last)
(a, b), c = (1, 2), 3
print(a, b, c)
head, *tail = "xyz"
print(head, tail)
d = {"a": 1, "b": 2}
print([*d], {**d, "c": 3}, (*d.values(),))
print(*range(3), sep="-")


def takes(*args, **kwargs):
    return len(args), sorted(kwargs)


print(takes(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
x = y = z = 0
x += 1
y -= 1
z = x if x > y else y
print(x, y, z, [a for a, *_ in [(1, 2), (3, 4)]])
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
