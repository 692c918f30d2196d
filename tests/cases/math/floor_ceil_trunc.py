# floor, ceil and trunc: exact floats, float and int subclasses, classes with
# __floor__/__ceil__/__trunc__ (any result type), __float__ and __index__ only,
# huge values, NaN and infinities.
# lib: mathvalues
import math
from mathvalues import report

class F(float):
    pass

class G(float):
    def __floor__(self):
        return "G.floor"
    def __ceil__(self):
        return "G.ceil"
    def __trunc__(self):
        return "G.trunc"

class I(int):
    def __floor__(self):
        return "I.floor"

class Dunders:
    def __floor__(self):
        return 1.5
    def __ceil__(self):
        return [2]
    def __trunc__(self):
        return None

class OnlyFloat:
    def __float__(self):
        return 2.5

class OnlyIndex:
    def __index__(self):
        return -7

class Raising:
    def __floor__(self):
        raise KeyError("floor")
    def __float__(self):
        return 1.0

class InstanceAttr:
    def __init__(self):
        self.__floor__ = lambda: "instance"
    def __float__(self):
        return 3.7

values = [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, 1e300, -1e300, 2.0 ** 52 + 0.5, 4503599627370497.0,
          5e-324, math.inf, -math.inf, math.nan, 7, -7, 10 ** 30, True, False,
          F(2.7), F(-2.7), G(1.0), I(5), Dunders(), OnlyFloat(), OnlyIndex(), Raising(), InstanceAttr(), "1"]
for v in values:
    for fn in (math.floor, math.ceil, math.trunc):
        report(fn.__name__, fn, v)
print(type(math.floor(F(2.5))), type(math.ceil(True)), type(math.trunc(I(3))), math.floor(I(3)))
