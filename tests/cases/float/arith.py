# Float arithmetic, mixed with ints.
a = 1.5
b = -0.25
print(a + b, a - b, a * b, a / b, a // b, a % b, -a, +b)
print(0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 1 - 0.9)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(7.5, 2), divmod(-7.5, 2))
print(3 + 0.5, 3 * 0.5, 10 / 4, 2 ** 0.5, 2.0 ** 10, 4 ** -0.5, (-8.0) ** 3)
print(1e308 * 10, -1e308 * 10, 1e-320, 5e-324 / 2)
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0)
