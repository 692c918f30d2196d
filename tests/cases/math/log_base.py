# log(x, base): the quotient of two natural logs, errors from x first,
# division by zero for base 1, NaNs and infinities.
# lib: mathvalues
import math
from mathvalues import report

for x, base in [(8, 2), (8.0, 2.0), (100, 10), (1000, 10), (2 ** 1000, 2), (10 ** 500, 10), (10 ** 500, 10 ** 250),
                (1, 1), (2, 1), (2, 1.0), (0, 1), (1, 0), (2, 0.5), (0.5, 2), (math.e, math.e), (math.inf, 2),
                (2, math.inf), (math.nan, 2), (2, math.nan), (math.inf, math.inf), (-1, 2), (2, -1), (0.0, 0.0),
                (3, True), (True, 3), (5, 2 ** 2000), (-math.inf, 3), (7, 1e-320), (1e-320, 7)]:
    report(repr((x, base)), math.log, x, base)
