# median, median_low and median_high over odd and even data of several types.
import statistics
from fractions import Fraction as F

for data in ([1, 3, 5], [1, 3, 5, 7], [5, 1, 3, 7], [2.5], [1, 2],
             [F(1, 2), F(1, 3)], [1, 2.5], ['b', 'a', 'c'], range(10),
             iter([9, 1, 4, 6]), [10**40, 10**40 + 2], [-0.0, 0.0],
             [3, 3, 3, 3], [True, False]):
    data = list(data)
    for f in (statistics.median, statistics.median_low, statistics.median_high):
        r = f(data)
        print(f.__name__, repr(r))
for f in (statistics.median, statistics.median_low, statistics.median_high):
    for bad in ([], iter([]), [1, 'a']):
        try:
            f(bad)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
try:
    statistics.median(['a', 'b'])
except Exception as e:
    print(type(e).__name__, e)
