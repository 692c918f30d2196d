# list: literals, indexing, slicing, concatenation, membership, equality.
a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1], a[2:5], a[:3], a[5:], a[::2], a[::-1], a[-3:-1], a[10:], a[1:100:3])
print(a + [7, 8], [0] * 3, 2 * ["x"], [] + [], [[]] * 2)
print(4 in a, 7 in a, 7 not in a, a == [3, 1, 4, 1, 5, 9, 2, 6], a != a[:], [1, 2] < [1, 3], [1, 2] < [1, 2, 0])
b = a
b[0] = 100
print(a[0], a is b, a[:] is a, list(a) == a)
m = [[1, 2], [3, 4]]
m[1][0] = 30
print(m, m[1], m[-1][-1], len(m[0]))
print([1, "two", 3.0, None, True, [5], (6,)])
empty = []
print(empty, len(empty), not empty)
