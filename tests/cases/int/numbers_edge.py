print(divmod(7, -2), divmod(-7, -2), divmod(7.5, 2), -7 // 2.0, 7 % -3, -7 % 3)
print(round(2.5), round(3.5), round(-0.5), round(1.2345, 2), round(12345, -2), round(0.125, 2))
print(int("1_000"), int("0b101", 0), int("-0o17", 0), int(" 42 "), int(3.99), int(-3.99))
for bad in ["_1", "1__0", "", "0x", "1.5"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
print(2 ** 100, -2 ** 2, (-2) ** 2, 2 ** -2, pow(3, 4, 5), pow(2, -1, 7))
print(1e300 * 1e10, -1e300 * 1e10, 0.1 + 0.2, 1 / 3, 2 / 2, 10 / 4)
print(float("inf") - float("inf") != float("nan"), 1e16, 123456789.0, 1.5e-7, 0.0001)
print(abs(-5), abs(-2.5), abs(3 + 4j), (1 + 2j) * (3 - 1j), complex(1, -0.0))
print(hex(255), oct(8), bin(5), hex(-1), format(255, "08b"), (255).bit_length(), (-5).bit_count() if hasattr(int, "bit_count") else 0)
print(True + True, True * 3, False - 1, sum([True, True, False]))
print(7 .__index__(), (12).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
