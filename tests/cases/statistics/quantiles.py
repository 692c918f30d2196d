# quantiles with both methods over ints, floats and Fractions.
import statistics
from fractions import Fraction as F

data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103,
        109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103,
        103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103,
        107, 101, 81, 109, 104]
for method in ('exclusive', 'inclusive'):
    for n in (1, 2, 3, 4, 5, 10, 100):
        print(method, n, [round(q, 1) for q in statistics.quantiles(data, n=n, method=method)][:12])
    print(statistics.quantiles([1, 2], n=7, method=method))
    print(statistics.quantiles([1.5, 2.25, 9.0], n=4, method=method))
    print(statistics.quantiles([F(1, 2), F(1, 3), 1], n=3, method=method))
    print(statistics.quantiles([7], n=5, method=method))
    print(statistics.quantiles(range(10), n=4, method=method))
    print(statistics.quantiles(iter([4, 1, 9, 2]), method=method))
for kwargs in ({'n': 0}, {'n': -1}, {'n': 2.0}, {'method': 'x'},
               {'method': None}):
    try:
        print(statistics.quantiles([1, 2, 3], **kwargs))
    except Exception as e:
        print(type(e).__name__, e)
for data in ([], iter([])):
    try:
        statistics.quantiles(data)
    except Exception as e:
        print(type(e).__name__, e)
try:
    statistics.quantiles([1, 2], 4)
except Exception as e:
    print(type(e).__name__, e)
