# The inverse and hyperbolic functions of cmath where CPython switches
# method: near the unit circle, beyond sqrt(DBL_MAX/4) and DBL_MAX/4, in the
# subnormal range, on the branch cuts with signed zeros.
# lib: mathvalues
import cmath
from mathvalues import Stream, outcome

stream = Stream(99)
scales = [1e-320, 1e-310, 2.2250738585072014e-308, 1e-160, 1.4916681462400413e-154, 1e-20, 0.5, 0.7, 0.71, 0.99,
          1.0, 1.73, 1.74, 2.0, 1e20, 6.7e153, 6.8e153, 4.49423283715579e307, 4.5e307, 1e308]
values = []
for s in scales:
    for _ in range(6):
        values.append(complex(stream.near(1.0) * s, stream.near(1.0) * s))
    values += [complex(s, 0.0), complex(-s, -0.0), complex(0.0, s), complex(-0.0, -s), complex(1.0, s), complex(s, 1.0)]
for x in [1.0, -1.0, 2.0, -2.0, 0.5]:
    values += [complex(x, 0.0), complex(x, -0.0), complex(0.0, x), complex(-0.0, x)]
for name in ["acos", "acosh", "asin", "asinh", "atan", "atanh", "log", "log10", "sqrt", "exp", "cosh", "sinh", "tanh",
             "cos", "sin", "tan"]:
    fn = getattr(cmath, name)
    print(name, [outcome(fn, z) for z in values])
