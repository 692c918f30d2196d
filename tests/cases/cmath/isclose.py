# cmath.isclose: the modulus of the difference against relative and
# absolute tolerances, infinite parts, NaN parts.
# lib: mathvalues
import cmath
from mathvalues import report

inf, nan = float("inf"), float("nan")
for a, b, kw in [(1j, 1j, {}), (1 + 1j, 1 + 1.000000001j, {}), (1 + 1j, 1 + 1.00000001j, {}), (0j, 1e-10j, {}),
                 (0j, 1e-10j, {"abs_tol": 1e-9}), (complex(inf, 0), complex(inf, 0), {}), (complex(inf, 1), complex(inf, 2), {}),
                 (complex(nan, 0), complex(nan, 0), {}), (1, 1 + 0j, {}), (3 + 4j, 3, {"rel_tol": 0.8}),
                 (3 + 4j, 3, {"rel_tol": 0.7}), (1j, 2j, {"rel_tol": 0.5}), (1e308 + 1e308j, 1e308, {}),
                 (1, 2, {"abs_tol": 1.0}), (1j, -1j, {"abs_tol": 2.0}), (1j, 1j, {"rel_tol": -1}), (1j, 1j, {"abs_tol": -1})]:
    report(repr((a, b, kw)), cmath.isclose, a, b, **kw)
