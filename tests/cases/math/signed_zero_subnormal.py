# Which functions keep the sign of a zero, and results in and near the
# subnormal range.
# lib: mathvalues
import math
from mathvalues import outcome

zero_keepers = ["sin", "tan", "asin", "atan", "sinh", "tanh", "asinh", "atanh", "expm1", "log1p", "sqrt", "cbrt",
                "erf", "fabs", "degrees", "radians", "ceil", "floor", "trunc", "modf", "frexp"]
for name in zero_keepers:
    fn = getattr(math, name)
    print(name, outcome(fn, -0.0), outcome(fn, 0.0))
print([outcome(math.copysign, 1.0, math.fsum([x])) for x in [-0.0, 0.0]])
print([outcome(math.copysign, 1.0, math.prod([x, 1.0])) for x in [-0.0, 0.0]])
print([outcome(math.copysign, 1.0, math.sumprod([x], [1.0])) for x in [-0.0, 0.0]])
subs = [5e-324, 1e-320, 2.225073858507201e-308, 2.2250738585072014e-308, 1e-310, 4e-320]
for name in ["sin", "tan", "atan", "sinh", "tanh", "asinh", "atanh", "erf", "expm1", "log1p", "sqrt", "cbrt",
             "exp", "log", "log2", "log10", "ulp", "gamma", "lgamma", "radians", "degrees"]:
    print(name, [outcome(getattr(math, name), s) for s in subs + [-s for s in subs]])
print([outcome(math.hypot, a, b) for a in subs for b in subs])
print([outcome(math.fsum, [a, b, -a]) for a in subs for b in subs])
