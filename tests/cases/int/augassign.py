# Augmented assignment operators on ints.
x = 10
x += 5; print(x)
x -= 20; print(x)
x *= -3; print(x)
x //= 4; print(x)
x %= 7; print(x)
x **= 5; print(x)
x <<= 70; print(x)
x >>= 68; print(x)
x &= 0x3F; print(x)
x |= 0x100; print(x)
x ^= 0xFFF; print(x)
x /= 8; print(x)
