# atan2 over the signed zeros, infinities and NaNs, and copysign/fabs with
# signed zeros and NaNs.
# lib: mathvalues
import math
from mathvalues import outcome

specials = [0.0, -0.0, 1.0, -1.0, 1e-310, -1e308, math.inf, -math.inf, math.nan]
for y in specials:
    print("atan2", repr(y), [outcome(math.atan2, y, x) for x in specials])
    print("copysign", repr(y), [outcome(math.copysign, y, x) for x in specials + [-math.nan, 3, -3, True]])
print([outcome(math.fabs, x) for x in specials + [-math.nan, -3, -(10 ** 20), True, False]])
print([math.copysign(1.0, math.fabs(x)) for x in [-0.0, -math.inf, -2.0]])
