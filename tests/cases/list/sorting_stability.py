records = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[0]))
print(sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[1]))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort(key=abs)
print(nums)
nums.sort(key=abs, reverse=True)
print(nums)
print(sorted("Banana apple Cherry".split(), key=str.casefold), sorted([3.5, 1, 2.25, -0.0, 0]))
mixed = [1, "a"]
try:
    mixed.sort()
except TypeError as e:
    print(e)
