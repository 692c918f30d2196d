# sum, min, max with start, key and default.
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2, 3]], []), sum(range(1, 11)))
print(sum([1, 2.5, True]), sum([10 ** 20, 1]), sum([x * x for x in range(4)]))
print(min(3, 1, 2), max(3, 1, 2), min([5, -5, 0]), max("hello"), min("hello"), max([1.5, 2, -7]))
print(min([], default="empty"), max([], default=None), min([3, -4, 2], key=abs), max(["aa", "b", "ccc"], key=len))
print(max([(1, "b"), (1, "a"), (0, "z")]), min([[2], [1, 5], [1, 2]]))
print(max(2, 2.0), max(2.0, 2), min(0, False), max(True, 1))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
