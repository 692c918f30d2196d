# repr/str of floats: shortest round-trip digits, exponent switch points.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 100.0, 1e15, 1e16, 1e17,
        123456789.0, 1234567890123456.0, 12345678901234567.0, 1e-4, 1e-5, 0.00012345,
        1.5e-7, 3.14159, 2.5e100, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
        9007199254740993.0, 0.1 + 0.2, 1e22, 1e23, 123.456e-10]
for v in vals:
    print(repr(v), str(v))
print([1.0, 2.5, -0.0], (1e16,), {0.5: 1e-7})
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
