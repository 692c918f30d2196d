# hypot of many coordinates and dist in many dimensions: sums of squares
# carried beyond double precision, ints and floats mixed.
# lib: mathvalues
import math
from mathvalues import Stream, outcome

stream = Stream(314)
for n in [2, 3, 5, 8, 13, 21, 40, 100, 300]:
    coords = [stream.near(1.0) * 10.0 ** stream.below(10) for _ in range(n)]
    ints = [stream.below(1000) - 500 for _ in range(n)]
    print(n, outcome(math.hypot, *coords), outcome(math.hypot, *ints), outcome(math.dist, coords, ints))
print(outcome(math.hypot, *([1.0] * 1000)), outcome(math.hypot, *([1e-160] * 100)), outcome(math.hypot, *([1e155] * 100)))
print(outcome(math.hypot, *range(1, 200)), outcome(math.dist, range(100), range(100, 0, -1)))
