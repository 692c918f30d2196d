# hash() of numbers: equal values hash equal across int and float.
for v in [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 100, -(2 ** 100), 0.5, 1.5, -2.5, 1e100,
          float("inf"), -float("inf"), 3.0, 1e-10, True, False]:
    print(repr(v), hash(v))
print(hash(3) == hash(3.0), hash(2 ** 70) == hash(float(2 ** 70)))
