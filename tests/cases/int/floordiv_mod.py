# Floor division and modulo round toward negative infinity.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (6, 3), (-6, 3), (1, 7), (-1, 7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(10 ** 20 // 7, 10 ** 20 % 7, -(10 ** 20) // 7, -(10 ** 20) % 7)
print(10 ** 30 // -(10 ** 15), 10 ** 30 % -(10 ** 15 + 1))
print(7 / 2, -7 / 2, 1 / 3, 10 / 5, 2 ** 70 / 2 ** 69)
