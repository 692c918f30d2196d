# Every function of cmath over seeded complex numbers: parts special,
# tiny, huge and ordinary, in every quadrant; repr of each result or the
# exception.
# lib: mathvalues
import cmath
from mathvalues import Stream, outcome

stream = Stream(6502)
parts = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 1e-310, 1e300, -1e300, 1.7976931348623157e308, 710.0, -710.0, 1e154,
         float("inf"), float("-inf"), float("nan")]
values = [complex(x, y) for x in parts for y in parts]
values += [complex(stream.float(), stream.float()) for _ in range(300)]
values += [complex(stream.near(3.0), stream.near(3.0)) for _ in range(200)]
for name in ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log", "log10", "sin", "sinh",
             "sqrt", "tan", "tanh", "phase", "polar", "isfinite", "isinf", "isnan"]:
    fn = getattr(cmath, name)
    print(name, [outcome(fn, z) for z in values])
print("rect", [outcome(cmath.rect, z.real, z.imag) for z in values])
print("log base", [outcome(cmath.log, z, w) for z, w in zip(values, values[7:])])
print("isclose", [outcome(cmath.isclose, z, w) for z, w in zip(values, values[1:])])
