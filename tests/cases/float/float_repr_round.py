for v in [0.1, 0.25, 1/7, 100.0, 1e15, 1e16, 1.1e16, 12345678901234567890.0, 5e-324, 2.5e-5, 0.0001, 0.00001]:
    print(repr(v), round(v, 3), round(v))
print(round(2.675, 2), round(1.005, 2), round(-1.5), round(-2.5), round(0.5), round(1.5), round(25, -1), round(35, -1))
