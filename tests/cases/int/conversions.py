# int() from strings and floats, and int reprs.
print(int("42"), int("-17"), int("  12  "), int("+5"), int("1_000_000"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0))
print(int("z", 36), int("ZZ", 36))
print(int(3.9), int(-3.9), int(1e20), int(True), int(False))
print(int(), int("0"), int("-0"))
print(repr(10 ** 25), str(-10 ** 25))
print(int("123456789" * 5))
