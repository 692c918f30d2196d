# hypot and dist at the edges: no arguments, one, infinities beating NaNs,
# zeros, subnormals, huge values, ints, and the ways points can be given.
# lib: mathvalues
import math
from mathvalues import report

inf, nan = math.inf, math.nan
for args in [(), (0,), (-0.0,), (-3,), (3, 4), (3, 4, 12), (nan,), (inf,), (nan, inf), (-inf, nan), (nan, 1.0),
             (0.0, 0.0), (-0.0, -0.0), (5e-324, 5e-324), (1e-310, 1e-310, 1e-310), (1e308, 1e308),
             (1.7976931348623157e308, 1.0), (2.0 ** 1023, 2.0 ** 1023), (1, 1, 1, 1), (True, False), (10 ** 300, 1),
             tuple(range(100)), (1e-200, 1e-200), (2.2250738585072014e-308, 1e-320)]:
    report("hypot" + repr(args)[:60], math.hypot, *args)
for p, q in [((), ()), ((1,), (4,)), ((1, 2), (4, 6)), ([1, 2], (4, 6)), (iter([1, 2]), [4, 6]), ((0, 0), (3, 4)),
             ((inf,), (inf,)), ((inf, 1), (nan, 1)), ((1, 2, 3), (1, 2)), ((1,), (1, 2)), ((1e308,), (-1e308,)),
             ((1.5, 2.5), (True, False)), ("ab", "cd"), ((1,), 5), (5, (1,)), (range(3), range(3, 6)),
             ({1: 0, 2: 0}, {3: 0, 4: 0}), ((1, "x"), (1, 2))]:
    label = "iterator" if hasattr(p, "__next__") else repr((p, q))[:60]
    report("dist " + label, math.dist, p, q)

class Point(tuple):
    pass

report("tuple subclass", math.dist, Point((1.0, 1.0)), Point((4.0, 5.0)))
