# fsum's special values and errors: infinities, NaNs, intermediate
# overflow, empty and generator inputs, signed zeros, non-float items.
# lib: mathvalues
import math
from mathvalues import report

inf, nan = math.inf, math.nan
for xs in [[], [0.0], [-0.0], [-0.0, -0.0], [-0.0, 0.0], [inf], [-inf], [inf, inf], [inf, -inf], [-inf, inf, 1.0],
           [nan], [nan, inf], [inf, nan, -inf], [1e308, 1e308], [1e308, 1e308, -1e308], [-1e308, -1e308],
           [1.7e308, 1e292, -1.7e308], [1e308, inf], [1e308, 1e308, inf], [inf, 1e308, 1e308], [1, 2, 3], [True, 2.5],
           [10 ** 20, 1.0], [2 ** 1024], [1e16, 1.0, -1e16], [0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50],
           [2.0 ** 53, 1.0, 2.0 ** -53], [5e-324, 5e-324, -5e-324], [1.0, 1e-16, 1e-16], [-1.0, -1e-16, -1e-16]]:
    report(repr(xs)[:60], math.fsum, xs)
report("generator", math.fsum, (x / 10 for x in range(100)))
report("range", math.fsum, range(1000))
report("str item", math.fsum, [1.0, "2"])
report("not iterable", math.fsum, 3.5)

def failing():
    yield 1.0
    raise ZeroDivisionError("from the generator")

report("raising iterator", math.fsum, failing())
print(repr(math.fsum([0.1, 0.2, 0.3])), repr(sum([0.1, 0.2, 0.3])), repr(math.fsum([0.1] * 1000)))
