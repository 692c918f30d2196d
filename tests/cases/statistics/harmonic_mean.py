# harmonic_mean with and without weights; the type of the result.
import statistics
from fractions import Fraction as F

cases = [
    ([40, 60], None), ([40, 60], [5, 30]), ([2.5, 3, 10], None),
    ([F(1, 2), F(1, 3)], None), ([F(1, 2), 2], [1, 1]), ([1, 0, 3], None),
    ([0, 2], [0, 1]), ([1.5], None), ([7], None), ([F(5, 2)], None),
    ([7], [3]), ([True, True], None), ([1, 2, 4], iter([1, 2, 3])),
    (iter([1, 2, 4]), None), ([3, 3], [F(1, 2), F(1, 2)]),
    ([10**30, 10**31], None), ([0.0, 1.0], None), ([1, 2], [0, 3]),
]
for data, weights in cases:
    r = statistics.harmonic_mean(data, weights)
    print(type(r).__name__, repr(r))
