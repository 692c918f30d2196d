# variance and pvariance: exact results in the type of the data.
import statistics
from fractions import Fraction as F

sets = [
    [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
    [0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25],
    [1, 2, 3, 4],
    [F(1, 6), F(1, 2), F(5, 3)],
    [F(1, 4), F(5, 4), F(1, 2)],
    [1, 2.5, F(1, 2)],
    [True, False, True],
    [10**20, 10**20 + 1, 10**20 + 2],
    [0.1, 0.2, 0.3],
    [5, 5, 5],
    range(100),
]
for data in sets:
    v = statistics.variance(data)
    p = statistics.pvariance(data)
    print(type(v).__name__, repr(v), type(p).__name__, repr(p))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
m = statistics.mean(data)
print(statistics.variance(data, m), statistics.pvariance(data, m))
print(statistics.variance(data, 0), statistics.pvariance(data, 10))
print(repr(statistics.variance([1, 2, 3], F(1, 2))))
print(repr(statistics.pvariance([1, 2, 3], 2)))
print(repr(statistics.variance(iter([1, 4, 9, 16]))))
print(repr(statistics.pvariance(x * x for x in range(5))))
print(repr(statistics.pvariance([7])))
try:
    statistics.variance([1e300, -1e300, 1e300])
except OverflowError as e:
    print('OverflowError', e)
