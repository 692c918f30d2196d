# tuple: packing, unpacking, indexing, slicing, comparison, methods.
t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t + (5,), (0,) * 3, () + ())
print((1,), (), tuple(), tuple([1, 2]), tuple("ab"), (1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0))
a, b, c, d = t
print(a, b, c, d)
x, *rest = [1, 2, 3, 4]
*init, last = "abcd"
first, *mid, end = range(6)
print(x, rest, init, last, first, mid, end)
p, (q, r) = 1, (2, 3)
print(p, q, r)
u, v = 1, 2
u, v = v, u
print(u, v)
print(t.count(1), t.index("two"), (1, 2, 1, 1).count(1))
print(hash((1, 2)) == hash((1, 2)), hash(()), hash((1,)), hash((1, "a", 2.5)))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
