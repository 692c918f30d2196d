# Bitwise operators on ints of both signs, and shifts.
vals = [0, 1, 5, -1, -6, 255, -256, 12345]
for a in vals:
    print(a, ~a, a & 0xF0, a | 3, a ^ -7, a << 3, a >> 1, a >> 10)
print(1 << 100, (1 << 100) >> 99, -(1 << 100) >> 98)
print(-1 << 64, (-1 << 64) & 0xFFFF_FFFF_FFFF_FFFF_FFFF, (2 ** 80 - 1) ^ (2 ** 79))
print(~(2 ** 70), -(2 ** 70) | 12345, -(2 ** 70) & -(2 ** 65))
print((123).bit_length(), (-123).bit_length(), (0).bit_length(), (2 ** 100).bit_length())
print((255).bit_count(), (-255).bit_count())
