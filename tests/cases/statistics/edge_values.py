# Edge values across the module: negative zero, NaN, infinities, huge ints.
import math
import statistics

nan, inf = math.nan, math.inf
calls = [
    ('mean', [-0.0, -0.0]), ('mean', [10**400, 3]), ('fmean', [-0.0]),
    ('fmean', [10**400]), ('median', [nan, 1, 2]), ('median', [-0.0, 0.0, -0.0]),
    ('median_low', [inf, -inf]), ('median_high', [inf, -inf]),
    ('mode', [nan, nan]), ('multimode', [0.0, -0.0, 0, False]),
    ('variance', [10**400, 10**400 + 1]), ('pvariance', [-0.0, 0.0]),
    ('stdev', [10**200, 10**200 + 2]), ('pstdev', [-inf, -inf]),
    ('geometric_mean', [inf]), ('geometric_mean', [-0.0, 1]),
    ('harmonic_mean', [inf, 1]), ('harmonic_mean', [nan, 1]),
    ('harmonic_mean', [-0.0, 1]), ('quantiles', [nan, 1, 2]),
    ('median_grouped', [inf, inf]), ('median_grouped', [10**400]),
]
for name, data in calls:
    try:
        print(name, repr(getattr(statistics, name)(data)))
    except Exception as e:
        print(name, type(e).__name__, e)
for x, y in (([inf, 1, 2], [1, 2, 3]), ([nan, 1, 2], [1, 2, 3]), ([10**400, 1], [1, 2]),
             ([-0.0, 0.0], [1, 2]), ([1e308, -1e308, 0.0], [1, 2, 3])):
    for f in (statistics.covariance, statistics.correlation, statistics.linear_regression):
        try:
            print(f.__name__, repr(f(x, y)))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
from statistics import NormalDist
for args in ((inf, 1), (nan, 1), (0, inf), (0, nan), (-0.0, 0.0), (10**400, 1)):
    try:
        d = NormalDist(*args)
        print(d, d.variance, d.zscore(1) if d.stdev else None)
    except Exception as e:
        print(type(e).__name__, e)
d = NormalDist()
for x in (inf, -inf, nan, -0.0):
    print(d.pdf(x), d.cdf(x), d.zscore(x))
for p in (nan,):
    try:
        print(d.inv_cdf(p))
    except Exception as e:
        print(type(e).__name__, e)
