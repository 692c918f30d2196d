# TypeError for arguments that are not numbers, or not integers where an
# integer is wanted; complex, str, None, bytes, lists and plain objects.
# lib: mathvalues
import math
from mathvalues import report

bad = ["1", None, 1j, b"1", [1], object()]
for name in ["sqrt", "exp", "sin", "floor", "ceil", "trunc", "fabs", "isnan", "gamma", "log", "log2",
             "frexp", "modf", "ulp", "degrees", "erf"]:
    for b in bad:
        report(name, getattr(math, name), b)
for name in ["atan2", "pow", "fmod", "copysign", "remainder", "ldexp", "nextafter", "isclose", "log", "hypot"]:
    for b in bad:
        report(name + " first", getattr(math, name), b, 1)
        report(name + " second", getattr(math, name), 1.0, b)
for name in ["factorial", "isqrt", "gcd", "lcm", "perm"]:
    for b in bad + [1.0, 2.5, math.nan]:
        report(name, getattr(math, name), b)
for b in bad + [3.0]:
    report("comb n", math.comb, b, 1)
    report("comb k", math.comb, 5, b)
    report("perm k", math.perm, 5, b)
    report("gcd later", math.gcd, 12, 8, b)
    report("lcm later", math.lcm, 0, 8, b)
report("ldexp float exp", math.ldexp, 1.0, 2.0)
report("ldexp bool exp", math.ldexp, 1.0, True)
report("nextafter steps", math.nextafter, 1.0, 2.0, steps=1.0)
report("nextafter steps str", math.nextafter, 1.0, 2.0, steps="1")
report("fma", math.fma, 1, 2, "3")
report("fsum", math.fsum, [1, "2"])
report("fsum", math.fsum, 5)
report("fsum", math.fsum, [1j])
report("dist", math.dist, [1, 2], 5)
report("dist", math.dist, "ab", "cd")
report("sumprod", math.sumprod, 1, [1])
report("sumprod", math.sumprod, [1], 1)
report("sumprod", math.sumprod, ["a"], [2])
report("sumprod", math.sumprod, [None], [2.0])
report("prod", math.prod, 3)
report("prod", math.prod, [1, None])
