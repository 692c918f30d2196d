# The ValueError of each function outside its domain: CPython 3.14 names
# what it expected and the float it got, or says "math domain error".
# lib: mathvalues
import math
from mathvalues import report

INF = math.inf
for name, args in [
    ("sqrt", (-1,)), ("sqrt", (-0.5,)), ("sqrt", (-INF,)), ("sqrt", (-1e-320,)),
    ("log", (0,)), ("log", (0.0,)), ("log", (-0.0,)), ("log", (-3,)), ("log", (-3.5,)), ("log", (-INF,)),
    ("log2", (0,)), ("log2", (-2.0,)), ("log10", (0.0,)), ("log10", (-10 ** 30,)),
    ("log1p", (-1,)), ("log1p", (-1.5,)), ("log1p", (-INF,)),
    ("acos", (1.0000000000000002,)), ("acos", (-2,)), ("acos", (INF,)), ("asin", (-1.5,)), ("asin", (-INF,)),
    ("acosh", (0.5,)), ("acosh", (-1,)), ("acosh", (-INF,)),
    ("atanh", (1,)), ("atanh", (-1.0,)), ("atanh", (2,)), ("atanh", (INF,)),
    ("sin", (INF,)), ("cos", (-INF,)), ("tan", (INF,)),
    ("gamma", (0,)), ("gamma", (-0.0,)), ("gamma", (-3,)), ("gamma", (-INF,)), ("gamma", (-1e300,)),
    ("lgamma", (0.0,)), ("lgamma", (-4,)), ("lgamma", (-2.0 ** 60,)),
    ("pow", (0.0, -1)), ("pow", (-0.0, -0.5)), ("pow", (-2, 0.5)), ("pow", (-1e300, 1.5)),
    ("fmod", (1, 0)), ("fmod", (INF, 2)), ("fmod", (-INF, 0.0)),
    ("remainder", (1, 0.0)), ("remainder", (INF, 3)), ("remainder", (-INF, INF)),
    ("atan2", (1, 0)), ("copysign", (INF, -0.0)),
    ("fma", (INF, 0, 1)), ("fma", (0, INF, 1)), ("fma", (INF, 1, -INF)),
]:
    report(name + repr(args), getattr(math, name), *args)
