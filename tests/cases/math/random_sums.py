# fsum, sumprod, prod and the exact summation they promise, over seeded
# lists of floats of mixed magnitudes (cancellation, ties, subnormals).
# lib: mathvalues
import math
from mathvalues import Stream, outcome

stream = Stream(9001)
for trial in range(150):
    n = stream.below(12) + 1
    kind = stream.below(4)
    if kind == 0:
        xs = [stream.wide() for _ in range(n)]
    elif kind == 1:
        xs = [stream.near(1.0) * 10.0 ** stream.below(30) for _ in range(n)]
        xs += [-x for x in xs[: n // 2]]
    elif kind == 2:
        xs = [stream.pick([1.0, 1e100, 1e-100, -1e100, 2.0 ** -1074, 0.5, 2.0 ** 53, -1.0]) for _ in range(n)]
    else:
        xs = [stream.near(1e16) for _ in range(n)] + [stream.near(1.0) for _ in range(n)]
    ys = [stream.float() if stream.below(5) else stream.near(3.0) for _ in xs]
    print(trial, outcome(math.fsum, xs), outcome(math.sumprod, xs, ys), outcome(math.prod, xs), outcome(sum, xs))
    ints = [stream.int() for _ in range(n)]
    print(trial, outcome(math.sumprod, ints, xs), outcome(math.sumprod, ints, ints[::-1]), outcome(math.prod, ints))
