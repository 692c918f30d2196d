vals = [0, 1, -1, 0.1, 1/3, 2/3, 1e-10, 1.5e300, 123456789.123, -0.0, float("inf"), float("-inf")]
for v in vals:
    print(repr(v), str(v), f"{v:.3g}", f"{v:e}" if v == v else "")
print(1.0 == 1, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, 1e16 + 1 == 1e16, 2**53 + 1.0)
print((0.1).as_integer_ratio(), (2.5).is_integer(), float.fromhex("0x1.8p1"), (3.0).hex(), int(1e18), int(-2.9))
print(7 / 2, 7 // 2, -7 / 2, -7 // 2, 7.0 // 2, 7 % 2.5, 2 ** 0.5, 8 ** (1 / 3), (-8) ** 2)
