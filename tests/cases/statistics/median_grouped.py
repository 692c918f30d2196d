# median_grouped: interpolation within the middle bin, and its errors.
import statistics
from collections import Counter
from fractions import Fraction as F

demographics = Counter({25: 172, 35: 484, 45: 387, 55: 22, 65: 6})
data = list(demographics.elements())
print(statistics.median(data), statistics.median_grouped(data, interval=10))
for args in (([1, 2, 2, 3, 4, 4, 4, 4, 4, 5],), ([52, 52, 53, 54],),
             ([1, 3, 3, 5, 7], 1), ([1, 3, 3, 5, 7], 2), ([1.5, 2.5], 0.5),
             ([1, 2], 0), ([F(1, 2), F(3, 2)], F(1, 2)), ([7],), (['3', '4'],),
             ([1, 2], '2'), ([10**20],)):
    print(repr(statistics.median_grouped(*args)))
for args in (([],), (['a', 'b'],), ([1, 2], 'x'), ([1, 2], None)):
    try:
        statistics.median_grouped(*args)
    except Exception as e:
        print(type(e).__name__, e)
