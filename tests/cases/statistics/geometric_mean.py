# geometric_mean: floats throughout, zeros, NaN and infinity, negative values.
import math
import statistics

for data in ([54, 24, 36], [1, 2, 4, 8], [2.5], [1e300, 1e300, 1e-300],
             [1, 0, 3], [0, 0], [math.inf, 2], [math.inf, 0], [math.nan, 1],
             [math.nan, 0], (x for x in (3, 9)), [10**400, 10**400],
             [0.5, 0.25], [1e-320, 1e-320]):
    try:
        print(repr(statistics.geometric_mean(data)))
    except Exception as e:
        print(type(e).__name__, e)
for data in ([], [1, -1, 3], [-2.5], ['a'], [1, None]):
    try:
        print(statistics.geometric_mean(data))
    except Exception as e:
        print(type(e).__name__, e.args)
