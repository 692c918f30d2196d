# prod multiplies left to right from start, with whatever types come.
# lib: mathvalues
import math
from mathvalues import report

class Vec:
    def __init__(self, v):
        self.v = v
    def __mul__(self, other):
        return Vec(self.v * other)
    def __rmul__(self, other):
        return Vec(other * self.v)
    def __repr__(self):
        return "Vec(%r)" % (self.v,)

for it, kw in [([], {}), ([], {"start": 2.5}), ([], {"start": "s"}), ([2, 3, 4], {}), ([2, 3.5], {}), ([1.5, 2], {}),
               (range(1, 30), {}), ([2] * 100, {}), ([0.5] * 1100, {}), ([1e200, 1e200], {}), ([math.inf, 0], {}),
               ([True, True], {}), ([True, 3], {}), ([2, "ab"], {}), (["ab", 2], {}), ([3], {"start": "ab"}),
               ([[1], 2], {}), ([Vec(2), 3], {}), ([3, Vec(2)], {"start": 1.5}), ([1j, 1j], {}), ([None], {}),
               ([2 ** 100, 2 ** 100], {}), ([-1] * 7, {}), ((x for x in [1.5, 2.5]), {}), ([2], {"start": None})]:
    label = "generator" if hasattr(it, "gi_frame") else repr(it)[:40]
    report(label + " " + repr(kw), math.prod, it, **kw)
