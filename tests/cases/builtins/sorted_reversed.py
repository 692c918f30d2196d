# sorted() and reversed() on various iterables.
print(sorted([5, 2, 8, 1]), sorted((3, 1, 2)), sorted("zyx"), sorted({2: 0, 1: 0}), sorted(range(3), reverse=True))
print(sorted(["b", "A", "c"], key=str.lower), sorted([-3, 2, -1], key=abs, reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(0, 10, 3))))
print(tuple(reversed([])), "".join(reversed("stressed")))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.items())))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(5)
except TypeError as e:
    print("TypeError:", e)
