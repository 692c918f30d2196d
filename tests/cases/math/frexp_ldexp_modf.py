# frexp, ldexp and modf: exact decompositions, zeros keep their sign,
# infinities and NaNs pass through, subnormal results round once.
# lib: mathvalues
import math
from mathvalues import report

inf, nan = math.inf, math.nan
for x in [0.0, -0.0, 1.0, -1.0, 0.5, 3.75, -3.75, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          inf, -inf, nan, 7, -(2 ** 60), True, 1e-310, 123456.789]:
    report("frexp" + repr((x,)), math.frexp, x)
    report("modf" + repr((x,)), math.modf, x)
for x, i in [(1.0, 0), (1.0, 1023), (1.0, 1024), (0.75, 1025), (1.0, -1022), (1.0, -1074), (1.0, -1075),
             (1.5, -1075), (1.0000000000000002, -1075), (3.0, -1076), (0.0, 10 ** 50), (-0.0, -(10 ** 50)), (inf, -5),
             (-inf, 10 ** 100), (nan, 1), (5e-324, -1), (5e-324, 1), (1.5, -1074), (2.5, -1075), (1, True), (True, 3),
             (-1.0, 2 ** 62), (2.0, -(2 ** 62)), (1.0, 2 ** 31), (1.0, -(2 ** 31) - 1)]:
    report("ldexp" + repr((x, i)), math.ldexp, x, i)

class Idx:
    def __index__(self):
        return 3

report("ldexp index", math.ldexp, 1.0, Idx())
report("ldexp float", math.ldexp, 1.0, 3.0)
report("ldexp str", math.ldexp, "1", 3)
