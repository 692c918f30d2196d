# Number formatting helpers and character conversions.
for n in [0, 1, 7, 8, 255, 256, -1, -256, 2 ** 64, -(2 ** 64) + 1]:
    print(n, hex(n), oct(n), bin(n), format(n, "x"), format(n, "#b"))
for c in "aZ0 ~é€😀":
    print(repr(c), ord(c), hex(ord(c)), chr(ord(c)) == c)
print("".join([chr(i) for i in range(65, 91)]))
print([ord(c) - ord("a") for c in "python"])
