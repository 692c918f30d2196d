# Arbitrary-precision arithmetic around and far beyond the machine word.
m = 2 ** 63 - 1
print(m, m + 1, -m - 1, -m - 2, m * m)
print(2 ** 64, 2 ** 64 - 1, -(2 ** 64))
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, a * b, b // a, b % a)
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(f // (2 ** 40), f % 1000007)
print(a == 123456789012345678901234567890, a < b, -a < a, a != b)
print(2 ** 62 + 2 ** 62, 4611686018427387904 * 2, 2 ** 62 * -2)
