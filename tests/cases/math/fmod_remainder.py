# fmod (the sign of x) and remainder (nearest, ties to even) over signs,
# zeros, infinities, NaNs, huge ratios and ints.
# lib: mathvalues
import math
from mathvalues import outcome

values = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 3.0, 7.0, -7.0, 0.1, 1e308, 5e-324, 1e-300, math.inf, -math.inf, math.nan]
for x in values:
    print("fmod", repr(x), [outcome(math.fmod, x, y) for y in values])
    print("remainder", repr(x), [outcome(math.remainder, x, y) for y in values])
print([outcome(math.remainder, float(n), 2.0) for n in range(-6, 7)])
print([outcome(math.remainder, n + 0.5, 1.0) for n in range(-6, 7)])
print([outcome(math.fmod, 10 ** k, 7) for k in range(0, 300, 25)])
print(outcome(math.fmod, 10 ** 400, 7), outcome(math.remainder, 5, True))
