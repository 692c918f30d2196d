# len() on every sized type, and range in all its forms.
print(len(""), len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)))
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -2)), list(range(0)), list(range(5, 2)))
r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2], r[1:4], 7 in r, 8 in r, r.index(11), r.count(15))
print(range(0, -10, -3), list(range(0, -10, -3)), len(range(-5, 5)), range(5) == range(0, 5))
print(list(range(10 ** 20, 10 ** 20 + 3)), range(0, 10 ** 20, 7)[-1])
print(list(reversed(range(4))), sum(range(101)), max(range(7)), min(range(3, 9)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
