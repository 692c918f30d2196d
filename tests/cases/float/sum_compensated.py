# sum() of floats keeps the bits rounding loses (compensated summation),
# keeps -0.0, and does not turn an infinity into a nan.
inf, nan = float("inf"), float("nan")


class F(float):
    pass


cases = [
    [0.1] * 10,
    [0.1] * 1000,
    [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50],
    [1.0, 1e-16, 1e-16, 1e-16, 1e-16],
    [2.0**53, 1.0, 1.0, 1.0],
    [-0.0],
    [-0.0, -0.0],
    [0.0, -0.0],
    [inf, 1.0, 1e308],
    [inf, -inf],
    [1e308, 1e308, -1e308],
    [1e308, 1e308],
    [nan, 1.0],
    [1.5, 2, 3, True],
    [1.5, 10**20, 0.25],
    [1.5, 2**62, 0.5],
    [0.1, F(0.2), 0.3],
    [0.5, 1j, 0.25, 2],
    [1j, 0.1, 0.2, 0.3, -0.6],
    [complex(0.1, 0.1)] * 10,
]
for items in cases:
    print(repr(sum(items)), repr(sum(items, -0.0)), repr(sum(reversed(items), 0.0)))
print(repr(sum([], -0.0)), repr(sum([-0.0], 0)), repr(sum([0.1, 0.2], 1)))
print(repr(sum(x / 10 for x in range(100))))
try:
    sum([0.1, 10**400])
except OverflowError as e:
    print("OverflowError:", e)
print(repr(sum([0.5, 0.25], start=0.125)))
try:
    sum([0.5, "a"])
except TypeError as e:
    print("TypeError:", e)
