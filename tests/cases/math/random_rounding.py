# acosh, asinh, atanh, erf and erfc are correctly rounded in the C library
# CPython is measured against: thousands of seeded arguments, printed as
# hex so that every bit shows.
# lib: mathvalues
import math
from mathvalues import Stream

stream = Stream(16180339)
for name, lo, hi in [("erf", -6.0, 6.0), ("erfc", -6.0, 27.5), ("asinh", -50.0, 50.0), ("acosh", 1.0, 60.0),
                     ("atanh", -1.0, 1.0)]:
    fn = getattr(math, name)
    out = []
    for i in range(1500):
        x = lo + stream.unit() * (hi - lo)
        if i % 3 == 0:
            x = x * 2.0 ** -stream.below(40)
        try:
            out.append(fn(x).hex())
        except ValueError:
            out.append("E")
    print(name, " ".join(out))
