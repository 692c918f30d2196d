# Comparisons, chained comparisons and mixed int/float comparisons.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 3 == 3, 3 != 3)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(10 ** 30 > 1e29, 10 ** 30 < 1e31, -10 ** 30 < -1e29)
print(max(3, 10 ** 20), min(-10 ** 20, 5))
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 == 5.0)
