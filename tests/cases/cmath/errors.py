# cmath's errors: domain errors at the singular points, overflow of large
# arguments, and TypeError for what is not a number.
# lib: mathvalues
import cmath
from mathvalues import report

for name, z in [("log", 0), ("log", 0j), ("log", -0.0), ("log10", 0), ("atanh", 1), ("atanh", -1), ("atanh", 1 + 0j),
                ("atanh", complex(1, -0.0)), ("atan", 1j), ("atan", -1j), ("exp", 710), ("exp", complex(710, 1)),
                ("exp", complex(1e308, 1e-300)), ("cosh", complex(711, 0.5)), ("sinh", complex(-711, 2)),
                ("cos", complex(0.5, 711)), ("sin", complex(1, -711)), ("tanh", complex(1e308, 1)),
                ("tan", complex(1, 1e308)), ("sqrt", complex(1e308, 1e308)), ("acos", complex(1e308, 1e308)),
                ("asinh", complex(-1e308, 1e308)), ("log", complex(1e308, 1e308)), ("polar", complex(1e308, 1e308)),
                ("phase", complex(1e300, 1e-310)), ("phase", complex(2, 5e-324)), ("phase", complex(-2, 5e-324))]:
    report(name + repr((z,)), getattr(cmath, name), z)
for name in ["sqrt", "exp", "log", "phase", "polar", "isnan", "acos"]:
    for bad in ["1", None, [1j], b"x", object()]:
        report(name, getattr(cmath, name), bad)
report("rect complex", cmath.rect, 1j, 1)
report("rect str", cmath.rect, 1, "0")
report("rect inf", cmath.rect, 2.0, float("inf"))
report("rect zero inf", cmath.rect, 0.0, float("inf"))
report("log base 1", cmath.log, 5, 1)
report("log 0 base 2", cmath.log, 0, 2)
report("log 0 base 0", cmath.log, 0, 0)
report("log base str", cmath.log, 5, "2")
report("isclose neg", cmath.isclose, 1j, 1j, rel_tol=-0.1)
report("isclose str", cmath.isclose, 1j, "1j")
