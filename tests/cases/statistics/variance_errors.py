# variance, pvariance, stdev and pstdev: too few data, bad values, special floats.
import math
import statistics

funcs = (statistics.variance, statistics.pvariance, statistics.stdev,
         statistics.pstdev)
for f in funcs:
    for data in ([], [1], iter([]), ['a', 'b'], [1, None], [1, 2, math.inf],
                 [1, math.nan], [math.inf, -math.inf, 1], [math.inf, math.inf]):
        try:
            print(f.__name__, repr(f(data)))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
    try:
        print(f.__name__, repr(f([1, 2, 3], math.inf)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
