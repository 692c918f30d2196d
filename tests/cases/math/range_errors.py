# OverflowError: results too large for a float, ints too large to convert,
# and the limits of the integer functions.
# lib: mathvalues
import math
from mathvalues import report

for name, args in [
    ("exp", (709.79,)), ("exp", (1000,)), ("exp2", (1024,)), ("exp2", (1023.9999,)), ("expm1", (710,)),
    ("cosh", (711,)), ("cosh", (-711,)), ("sinh", (711,)), ("sinh", (-711.0,)),
    ("pow", (10, 309)), ("pow", (-10, 309)), ("pow", (1.5, 2000)), ("pow", (2.0, 1023.9999999)),
    ("ldexp", (1.0, 1024)), ("ldexp", (1.5, 1023)), ("ldexp", (-1, 10 ** 30)), ("ldexp", (1, -10 ** 30)),
    ("gamma", (171.63,)), ("gamma", (171.62,)), ("gamma", (1000,)), ("lgamma", (2.6e305,)), ("lgamma", (1e306,)),
    ("fma", (1e300, 1e300, 0)), ("fma", (-1e300, 1e300, -1e308)),
    ("sqrt", (10 ** 309,)), ("sin", (-(10 ** 400),)), ("exp", (2 ** 1024,)), ("floor", (2 ** 1024,)),
    ("fabs", (10 ** 400,)), ("frexp", (10 ** 400,)), ("hypot", (1, 10 ** 400)), ("dist", ((10 ** 400,), (0,))),
    ("fsum", ([1e308, 1e308],)), ("fsum", ([1.7e308, 1.7e308, -1e308],)), ("fsum", ([-1e308, -1e308, 1e308],)),
    ("factorial", (2 ** 63,)), ("comb", (2 ** 80, 2 ** 70)), ("perm", (2 ** 80, 2 ** 64)),
    ("floor", (math.inf,)), ("ceil", (-math.inf,)), ("trunc", (math.inf,)),
    ("atan", (10 ** 400,)), ("isnan", (10 ** 400,)), ("isclose", (10 ** 400, 1)),
    ("nextafter", (1.0, 2.0, 10 ** 30)), ("nextafter", (0.0, -math.inf, 2 ** 64)),
]:
    if name == "nextafter":
        report(name + repr(args), math.nextafter, *args[:2], steps=args[2])
    else:
        report(name + repr(args), getattr(math, name), *args)
