# isclose: the default and given tolerances, infinities, NaNs, negative
# tolerances, mixed ints and floats.
# lib: mathvalues
import math
from mathvalues import report

inf, nan = math.inf, math.nan
for a, b, kw in [(1.0, 1.0, {}), (1.0, 1.0 + 1e-9, {}), (1.0, 1.0 + 1.1e-9, {}), (0.0, 1e-10, {}),
                 (0.0, 1e-10, {"abs_tol": 1e-9}), (1e10, 1e10 + 1, {}), (inf, inf, {}), (inf, -inf, {}),
                 (inf, 1e308, {"rel_tol": 1.0}), (nan, nan, {}), (nan, 1.0, {"abs_tol": inf}), (1, 2, {"rel_tol": 0.5}),
                 (1, 2, {"rel_tol": 0.49}), (1, 2, {"abs_tol": 1}), (-1.0, 1.0, {"abs_tol": 2.0}), (1, 1, {"rel_tol": -1}),
                 (1, 1, {"abs_tol": -0.0}), (1, 1, {"abs_tol": -1e-300}), (1, 2, {"rel_tol": inf}), (1, 2, {"rel_tol": nan}),
                 (True, 1.0, {}), (10 ** 20, 1e20, {}), (1.0, "1", {}), (1.0, 1.0, {"rel_tol": "x"}), (-0.0, 0.0, {}),
                 (5e-324, -5e-324, {}), (5e-324, -5e-324, {"abs_tol": 1e-323})]:
    report(repr((a, b, kw)), math.isclose, a, b, **kw)
