# sumprod keeps exact ints exact, carries products with a float in triple
# precision until something else comes, then adds in Python: the grouping
# shows in the last bits, so each mix is checked.
# lib: mathvalues
import math
from mathvalues import report

class Half:
    def __mul__(self, other):
        return 0.5
    __rmul__ = __mul__
    def __repr__(self):
        return "Half()"

class Weird:
    def __mul__(self, other):
        return "w"
    def __repr__(self):
        return "Weird()"

big = 2 ** 70
cases = [
    ([1, 2, 3], [4, 5, 6]),
    ([1.0, 2.0, 3.0], [4.0, 5.0, 6.0]),
    ([1e16, 1.0, -1e16], [1.0, 1.0, 1.0]),
    ([1e16, 1, -1e16], [1.0, 1.0, 1.0]),
    ([1e16, Half(), 1.0, -1e16], [1.0, 1.0, 1.0, 1.0]),
    ([Half(), 1e16, 1.0, -1e16], [1.0, 1.0, 1.0, 1.0]),
    ([1.5, Half(), 1e16, 1.0, -1e16], [1.0] * 5),
    ([1, Half(), 1e16, 1.0, -1e16], [1] * 5),
    ([1e308, 1e308, 1e16, 1.0, -1e16], [10.0, -10.0, 1.0, 1.0, 1.0]),
    ([2 ** 70, 1e16, 1.0, -1e16], [1, 1.0, 1.0, 1.0]),
    ([1, 2, 1e16, 1.0, -1e16], [1, 1, 1.0, 1.0, 1.0]),
    ([1e16, 2 ** 70, 1e16, 1.0, -1e16], [1.0, 1, 1.0, 1.0, 1.0]),
    ([1e16, 3, 1.0, -1e16], [1.0, 1, 1.0, 1.0]),
    ([1, 2.5, 3], [1, 1.0, 7]),
    ([2 ** 62, 2 ** 62, 1.5], [4, 4, 2.0]),
    ([big, 1.5, big], [3, 2.0, 5]),
    ([big, 0.1], [big, 10]),
    ([True, False, 2.5], [3.0, 1.0, True]),
    ([0.1] * 10, [0.1] * 10),
    ([1e308, 1e308], [10.0, -10.0]),
    ([1e308, 1.0], [10.0, 1.0]),
    ([math.inf, 1.0], [1.0, 2.0]),
    ([math.nan, 1.0], [1.0, 2.0]),
    ([math.inf, -math.inf], [1.0, 1.0]),
    ([1e200, 1e200], [1e200, -1e200]),
    ([2 ** 1030, 1.0], [1.0, 2.0]),
    ([1.5, 2 ** 1030], [1.0, 1]),
    ([-0.0], [1.0]),
    ([-0.0, -0.0], [1.0, 1.0]),
    ([], []),
    ([1.0], []),
    ([], [2]),
    ([1, 2], [3]),
    (["a", "b"], [2, 3]),
    ([Weird()], [1]),
    ([3, "x"], [2, 2]),
    ([1.0, 2j], [1.0, 1.0]),
    ([2 ** 63 - 1, 1], [1, 1]),
    ([2 ** 62] * 5, [2] * 5),
    ([-(2 ** 62)] * 5, [2] * 5),
]
for p, q in cases:
    report(repr(p)[:50] + " . " + repr(q)[:30], math.sumprod, p, q)

def gen(n):
    yield from range(n)
    raise ValueError("stop here")

report("raising", math.sumprod, gen(3), [1.0] * 5)
report("iterators", math.sumprod, iter([1.0, 2.0]), (x for x in [3, 4]))
