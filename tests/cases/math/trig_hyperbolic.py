# The trigonometric and hyperbolic functions and their inverses at exact
# points, near their limits, at signed zeros, infinities and NaNs.
# lib: mathvalues
import math
from mathvalues import outcome

pi = math.pi
points = [0.0, -0.0, pi / 6, pi / 4, pi / 3, pi / 2, pi, 3 * pi / 2, 2 * pi, -pi / 2, 1e-8, 1e-300, 5e-324, 1e22, 1e300,
          2.0 ** 1023, 0.5, 1.0, -1.0, 0.9999999999999999, -0.9999999999999999, 1.0000000000000002, 20.0, 710.0, 711.0,
          -710.0, 18.5, 19.1, 22.0, math.inf, -math.inf, math.nan, 3, -(10 ** 18)]
for name in ["sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
             "degrees", "radians"]:
    print(name, [outcome(getattr(math, name), x) for x in points])
