a = 2 ** 200 + 12345
b = 3 ** 100
print(a + b, a - b, a * b % 1000000007, a // b, a % b, -a // b, -a % b)
print(a.bit_length(), (a >> 100) & 0xffff, a ^ b, a | 1, ~a, a << 3)
print(pow(a, 3, 10**9 + 7), pow(b, -1, 10**9 + 7), abs(-a) == a, (-a).bit_length())
import sys
fact = 1
for i in range(1, 60):
    fact *= i
print(fact, len(str(fact)), str(fact)[:10], int(str(fact)) == fact)
print(hash(2**70) == hash(2**70 % (2**61 - 1)), hash(-2**65), (10**30) / 3, 10**30 // 7, float(2**80))
print(int.from_bytes((2**64 + 5).to_bytes(9, "big"), "big"), (255).to_bytes(2, "little"), divmod(-10**25, 7))
