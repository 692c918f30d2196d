# Every function of cmath at every combination of special parts (infinite,
# NaN, signed zeros, finite of each sign), the C99 Annex G values and the
# errors CPython gives for them.
# lib: mathvalues
import cmath
from mathvalues import outcome

inf, nan = float("inf"), float("nan")
parts = [-inf, -2.5, -1.0, -0.0, 0.0, 1.0, 2.5, inf, nan]
for name in ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log", "log10", "sin", "sinh",
             "sqrt", "tan", "tanh", "phase", "polar", "isfinite", "isinf", "isnan"]:
    fn = getattr(cmath, name)
    for re in parts:
        print(name, repr(re), [outcome(fn, complex(re, im)) for im in parts])
for r in parts:
    print("rect", repr(r), [outcome(cmath.rect, r, phi) for phi in parts])
