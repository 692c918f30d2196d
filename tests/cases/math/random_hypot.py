# hypot and dist of many coordinates: seeded points of every scale, with
# subnormal, huge and mixed coordinates; the corrected root must agree to the bit.
# lib: mathvalues
import math
from mathvalues import Stream, outcome

stream = Stream(271828)
for trial in range(200):
    n = stream.below(8) + 1
    scale = 2.0 ** (stream.below(2000) - 1000) if stream.below(3) == 0 else 1.0
    p = [stream.near(10.0) * scale for _ in range(n)]
    q = [stream.near(10.0) * scale for _ in range(n)]
    print(trial, outcome(math.hypot, *p), outcome(math.dist, p, q))
print([outcome(math.hypot, 5e-324 * k, 5e-324) for k in range(1, 12)])
print([outcome(math.hypot, 1e308, 1e308, k * 1e307) for k in range(5)])
print([outcome(math.hypot, 3 * 10 ** k, 4 * 10 ** k) for k in range(0, 300, 37)])
