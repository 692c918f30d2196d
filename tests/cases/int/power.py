# ** on ints, including negative exponents (float results) and three-argument pow.
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4, -2 ** 4)
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -3)
print(3 ** 40)
print(7 ** 77)
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(10 ** 30, 5, 10 ** 9 + 7))
print(1 ** 10 ** 6, (-1) ** (10 ** 6 + 1))
print(2 ** 3 ** 2)
