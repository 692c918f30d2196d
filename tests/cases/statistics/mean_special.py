# mean over infinities, NaNs and values of no numeric type.
import math
import statistics
from fractions import Fraction as F

for data in ([1, math.inf], [math.inf, -math.inf], [math.nan, 1],
             [F(1, 2), math.inf], [-math.inf, -math.inf, 3]):
    print(statistics.mean(data))

class Ratio:
    numerator = 7
    denominator = 2

for data in ([], iter([]), ['a'], [1, 'a'], [None], [1, Ratio()], [1j]):
    try:
        print(statistics.mean(data))
    except Exception as e:
        print(type(e).__name__, e)
