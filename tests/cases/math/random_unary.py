# Every one-argument float function of math over seeded special, tiny, huge
# and ordinary floats, and over ints: repr of each result or the exception.
# lib: mathvalues
import math
from mathvalues import Stream, SPECIAL_FLOATS, SPECIAL_INTS, outcome

NAMES = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "degrees", "erf",
         "erfc", "exp", "exp2", "expm1", "fabs", "gamma", "lgamma", "log", "log10", "log1p", "log2",
         "radians", "sin", "sinh", "sqrt", "tan", "tanh", "ulp", "isfinite", "isinf", "isnan",
         "frexp", "modf", "ceil", "floor", "trunc"]

stream = Stream(20240611)
values = SPECIAL_FLOATS + [stream.float() for _ in range(300)]
for name in NAMES:
    fn = getattr(math, name)
    print(name, [outcome(fn, x) for x in values])
    print(name, "ints", [outcome(fn, n) for n in SPECIAL_INTS])
