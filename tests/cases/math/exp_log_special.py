# exp, exp2, expm1, log, log2, log10, log1p, sqrt, cbrt, erf and erfc at
# exact points, at the edges of their ranges, and in the subnormal range.
# lib: mathvalues
import math
from mathvalues import outcome

points = [0.0, -0.0, 1.0, -1.0, 2.0, 0.5, 1e-300, 5e-324, -5e-324, 1e-310, 1e-16, -1e-16, 709.782712893384,
          709.7827128933841, -708.3964185322641, -745.1332191019411, -745.1332191019412, 1023.0, 1024.0, -1074.0,
          -1075.0, -1080.0, 0.6931471805599453, 2.302585092994046, 10.0, 100.0, 1e22, 1e308, 26.5, 27.3, -6.0, 6.0,
          -1.0000000000000002, -0.9999999999999999, math.inf, -math.inf, math.nan, 8, -27, 2 ** 60, True]
for name in ["exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sqrt", "cbrt", "erf", "erfc"]:
    print(name, [outcome(getattr(math, name), x) for x in points])
print([math.sqrt(x) for x in [4, 2, 1e-320, 0.25, 1e308]])
print([math.cbrt(x) for x in [-8, 27.0, 1e-320, -0.0, 3]])
