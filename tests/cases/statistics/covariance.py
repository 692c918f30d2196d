# covariance of two samples.
import statistics
from fractions import Fraction as F

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(statistics.covariance(x, y), statistics.covariance(x, z), statistics.covariance(z, x))
print(statistics.covariance([0.1, 0.2, 0.7], [1.5, -2.25, 8.0]))
print(statistics.covariance([F(1, 3), F(2, 3)], [1, 2]))
print(statistics.covariance([10**20, 10**20 + 5], [1, 2]))
print(statistics.covariance(range(5), range(5, 10)))
print(statistics.covariance([1e308, -1e308], [1e308, -1e308]))
for args in (([1], [2]), ([1], [2, 3]), ([], []), ([1, 2], ['a', 'b']),
             (iter([1, 2]), [1, 2]), ([1, 2],)):
    try:
        print(statistics.covariance(*args))
    except Exception as e:
        print(type(e).__name__, e)
