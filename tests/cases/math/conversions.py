# How arguments become floats: __float__ (returning float, a float subclass,
# an int, or raising), __index__, both, ints too large for a float, bools.
# lib: mathvalues
import math
from mathvalues import report

class F:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return self.v

class FSub(float):
    pass

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

class Both:
    def __float__(self):
        return 0.25
    def __index__(self):
        return 4

class Boom:
    def __float__(self):
        raise RuntimeError("no float")

for arg in [F(2.0), F(-1.0), F(FSub(9.0)), F(3), F("x"), Idx(16), Idx(-4), Idx(2 ** 2000), Idx(1.5), Both(),
            Boom(), True, False, 2 ** 1023, 2 ** 1024, -(2 ** 1024), FSub(0.5)]:
    for name in ["sqrt", "exp", "log", "log2", "fabs", "isfinite", "ulp", "atan"]:
        report(name, getattr(math, name), arg)
    report("pow", math.pow, arg, 2)
    report("hypot", math.hypot, arg, 1)
    report("fsum", math.fsum, [arg, 1.0])
