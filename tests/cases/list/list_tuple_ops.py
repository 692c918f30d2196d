l = [5, 2, 8, 1]
l.append(9); l.insert(0, 7); l.extend([3, 3])
print(l, l.count(3), l.index(8), l.pop(), l.pop(0), l)
l.remove(2)
l.sort()
print(l, sorted(l, reverse=True), l[::-1], l[1:3], l[-2:])
l.reverse()
print(l, [x * 2 for x in l if x > 2], l * 2, l + [0], [0] * 3, len(l), min(l), max(l), sum(l))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
m = [[1, 2], [3, 4]]
copy = [row[:] for row in m]
copy[0][0] = 99
print(m, copy, [list(r) for r in zip(*m)])
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t + (4,), t * 2, t[1:], (1,) < (1, 2), tuple("ab"), tuple(range(3)))
try:
    l.index(404)
except ValueError as e:
    print(e)
try:
    t[10]
except IndexError as e:
    print(e)
a = [1, 2, 3]
a[1:2] = []
print(a, a == [1, 3], [1, [2]] == [1, [2]], [3] * 0)
