# enumerate, zip, map, filter, any, all.
names = ["ann", "bob", "cy"]
print(list(enumerate(names)), list(enumerate(names, start=1)), list(enumerate("ab", 10)))
print(list(zip(names, [1, 2, 3])), list(zip("abc", range(10))), list(zip()), list(zip([1])))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip(names, range(3))))
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda v: v % 2, range(10))))
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]))
print(any([x > 5 for x in range(10)]), all([x < 10 for x in range(10)]))
for i, (a, b) in enumerate(zip("xyz", [10, 20, 30])):
    print(i, a, b)
m = map(lambda s: s.upper(), names)
print(next(m), list(m), list(m))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
