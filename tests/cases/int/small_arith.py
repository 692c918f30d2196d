# Small-int arithmetic: + - * and unary operators.
a = 7
b = -3
print(a + b, a - b, a * b, -a, +b, -(-a))
print(0 + 0, 1 - 1, 100 * 0, -0)
x = 12345
y = 6789
print(x + y, x - y, y - x, x * y)
total = 0
for i in range(1, 101):
    total = total + i * i
print(total)
print(2 * 3 + 4, 2 * (3 + 4), 10 - 2 - 3, 2 - -2)
