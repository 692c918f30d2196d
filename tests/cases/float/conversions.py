# float() from strings and ints, and float predicates.
print(float("1.5"), float("  -2.25  "), float("1e3"), float("1_000.5"), float(".5"), float("5."))
print(float("inf"), float("-Infinity"), float("nan"), float("1E-3"))
print(float(10), float(-3), float(2 ** 60), float(10 ** 20), float(True))
print(float(), float("0"), float("-0"))
print((2.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio(), (-2.5).as_integer_ratio())
print(int(2.999), int(-0.5), round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5))
print(round(3.14159, 3), round(1234.5678, -2), round(1e20), type(round(2.5)), type(round(2.5, 1)))
print(float(2 ** 1023) * 2 > 1e308)
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
