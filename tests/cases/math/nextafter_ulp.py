# nextafter with and without steps (zero, many, huge, past y, across zero,
# from and to infinities and NaNs) and ulp of every kind of float.
# lib: mathvalues
import math
from mathvalues import report

inf, nan = math.inf, math.nan
for x, y in [(1.0, 2.0), (1.0, 0.0), (0.0, 1.0), (0.0, -1.0), (-0.0, 1.0), (0.0, -0.0), (-0.0, 0.0), (0.0, 0.0),
             (5e-324, 0.0), (-5e-324, 1.0), (1.7976931348623157e308, inf), (inf, 0.0), (-inf, 0.0), (inf, inf),
             (nan, 1.0), (1.0, nan), (1.0, 1.0), (2, 3), (True, False)]:
    report("nextafter" + repr((x, y)), math.nextafter, x, y)
    for steps in [0, 1, 2, 10, 2 ** 52, 2 ** 62, 2 ** 63, 2 ** 64, 10 ** 40, True, None]:
        report("  steps=%r" % (steps,), math.nextafter, x, y, steps=steps)
for steps in [-1, -(10 ** 30), 1.0, "2"]:
    report("bad steps %r" % (steps,), math.nextafter, 1.0, 2.0, steps=steps)

class Idx:
    def __index__(self):
        return 3

report("index steps", math.nextafter, 1.0, 2.0, steps=Idx())
report("across zero", math.nextafter, -5e-324 * 3, 5e-324 * 3, steps=4)
report("across zero to y", math.nextafter, -5e-324 * 3, 5e-324 * 3, steps=6)
report("across zero past", math.nextafter, -5e-324 * 3, 5e-324 * 3, steps=7)
report("down to zero", math.nextafter, 5e-324 * 2, -1.0, steps=2)
report("down to -zero", math.nextafter, -5e-324 * 2, 1.0, steps=2)
for x in [0.0, -0.0, 1.0, -1.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 2.0 ** 52, 0.1, inf,
          -inf, nan, 10 ** 20, True, 1e-310]:
    report("ulp" + repr((x,)), math.ulp, x)
