# Float comparisons including nan and infinities.
nan = float("nan")
inf = float("inf")
print(nan == nan, nan != nan, nan < 1, nan > 1, 1.0 == 1, 0.0 == -0.0)
print(inf > 10 ** 400, -inf < -10 ** 400, inf == inf, inf - inf)
print(1.0 < 2, 2.5 > 2, 1e300 * 1e10 == inf)
print(max(1.5, 2), min(1, 1.0), max(1.0, 1), sorted([3.5, -1, 2, 0.5, -0.0, 0]))
print(abs(-2.5), abs(-0.0), abs(inf))
