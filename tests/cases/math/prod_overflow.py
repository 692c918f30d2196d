# prod never raises for float overflow or underflow (it multiplies as *
# does), keeps ints exact, and mixes with fsum and sumprod.
# lib: mathvalues
import math
from mathvalues import report

report("floats to inf", math.prod, [1e200] * 3)
report("floats to zero", math.prod, [1e-200] * 3)
report("inf times zero", math.prod, [1e200, 1e200, 0.0])
report("negative zero", math.prod, [-1.0, 0.0])
report("nan", math.prod, [math.nan, 0.0])
report("huge ints", math.prod, range(1, 200))
report("ints then float", math.prod, [2 ** 1000, 2 ** 100, 0.5])
report("int too big for float", math.prod, [2 ** 1100, 0.5])
report("bools", math.prod, [True, False, True])
report("sum of products", math.fsum, [math.prod([x, x]) for x in (0.1, 0.2, 0.3)])
report("sumprod big ints", math.sumprod, [2 ** 100, 3 ** 70], [5 ** 40, 7 ** 30])
report("sumprod huge float sum", math.sumprod, [1e300, 1e300], [1e10, -1e10])
