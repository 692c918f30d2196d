# math refuses complex numbers; numbers whose __float__ misbehaves
# raise the conversion's own errors.
# lib: mathvalues
import math
from mathvalues import report

class BadFloat:
    def __float__(self):
        return 1

class SubFloat(float):
    pass

class ReturnsSub:
    def __float__(self):
        return SubFloat(4.0)

for arg in [1j, 1 + 0j, complex(2, 0), BadFloat(), ReturnsSub()]:
    for name in ["sqrt", "exp", "floor", "isnan", "gamma"]:
        report(name, getattr(math, name), arg)
    report("pow", math.pow, 2, arg)
