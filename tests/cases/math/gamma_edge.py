# gamma and lgamma at their edges: exact factorials up to 23, the poles,
# signed zeros, the tiny-argument shortcut, overflow thresholds, huge
# negative arguments underflowing to signed zeros.
# lib: mathvalues
import math
from mathvalues import report

for x in [1, 2, 3, 10, 22, 23, 24, 25, 30.0, 170.0, 171.0, 171.6, 171.7, 0.5, 1.5, -0.5, -1.5, 1e-20, 9.9e-21,
          1e-300, 5e-324, -5e-324, -1e-20, -1e-21, 1e-308, -170.5, -171.5, -199.5, -200.5, -201.5, -1000.5, -1e10 + 0.5,
          -2 ** 52 - 0.5, 0.0, -0.0, -1, -2.0, -1e300, math.inf, -math.inf, math.nan, 5.5, 4.999999999999999, 140.5,
          139.5, 199.99, 200.0001, True]:
    report("gamma" + repr((x,)), math.gamma, x)
    report("lgamma" + repr((x,)), math.lgamma, x)
for x in [2.0 ** k for k in range(60, 1024, 50)] + [1e305, 2.5e305, 2.6e305, 1e307, 1.7976931348623157e308]:
    report("lgamma" + repr((x,)), math.lgamma, x)
report("lgamma int", math.lgamma, 10 ** 20)
report("gamma int", math.gamma, 10 ** 400)
