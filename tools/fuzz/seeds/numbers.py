a, b = 2**100, -7
print(a // b, a % b, divmod(a, 12345), a >> 90, a & 0xFFFF, a | 1, a ^ a, ~b, -a, abs(b))
print(7 / 2, 7 // 2, -7 // 2, 7 % -3, 2**-2, pow(3, 200, 1000), pow(2, 0.5))
x = 1.5e300
print(x * 1e10, -x * 1e10, x / 3, round(2.675, 2), round(7.5), int(3.99), float("nan") == float("nan"))
c = 3 + 4j
print(abs(c), c.conjugate(), c * c, c / (1 - 1j), c.real, c.imag)
print(int("ff", 16), int("-0b101", 0), bin(255), oct(8), hex(-255), (255).to_bytes(2, "big"))
print(1 < 2 < 3, 1 < 3 < 2, 0.1 + 0.2, 1e16 + 1, True + True, hash(-1), hash(2**61), (10**20).bit_length())
print(sum([0.1] * 10), max(3, 7.5), min(-1, -1.5), 5 .__add__(3), (1).__truediv__(0) if False else 0)
