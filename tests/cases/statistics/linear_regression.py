# linear_regression, plain and proportional, and its named tuple.
import statistics
from fractions import Fraction as F

year = [1971, 1975, 1979, 1982, 1983]
films_total = [1, 2, 3, 4, 5]
r = statistics.linear_regression(year, films_total)
print(r, type(r).__name__, r._fields, r.slope, r.intercept)
print(round(r.slope * 2019 + r.intercept))
print(statistics.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
print(statistics.linear_regression([1, 2, 3], [2, 4, 6]))
print(statistics.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
print(statistics.linear_regression([0.5, 1.5, 4.0], [F(1, 3), 2, -1]))
print(statistics.linear_regression([10**10, 10**10 + 1], [1, 2]))
print(statistics.linear_regression(range(6), [x * x for x in range(6)]))
print(type(statistics.LinearRegression), statistics.LinearRegression(1, 2))
for args, kwargs in ((([1, 1], [2, 3]), {}), (([1], [2]), {}),
                     (([1, 2], [2]), {}), (([0, 0], [1, 2]), {'proportional': True}),
                     (([1, 2], [1, 2], True), {})):
    try:
        print(statistics.linear_regression(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)
