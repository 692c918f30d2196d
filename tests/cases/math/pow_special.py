# math.pow over every pair of special values (C99 Annex F's table), and
# its domain and range errors, against the ** operator's behaviour.
# lib: mathvalues
import math
from mathvalues import outcome, report

specials = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -2.0, 3.0, -3.0, 2.5, -2.5, 1e308, -1e308, 5e-324,
            math.inf, -math.inf, math.nan]
for x in specials:
    print(repr(x), [outcome(math.pow, x, y) for y in specials])
for x, y in [(2, 0.5), (-8, 1 / 3), (10, 308), (10, 309), (10, -323), (10, -324), (2, 1023.5), (-2, 1025),
             (-2, 1024), (0, 0), (0, -0.0), (1, 10 ** 400), (2, 10 ** 30), (True, -1)]:
    report("pow" + repr((x, y)), math.pow, x, y)
