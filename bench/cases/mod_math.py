# math workload: math functions over a list of floats, the way numeric code
# applies them (map over the list, fsum of the results), then hypot and
# atan2 over pairs, floor and ceil, gamma, sumprod and dist of the lists.
import math
import time


N = 50000


def main():
    xs = []
    x = 12345
    for i in range(N):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        xs.append(x / 2147483648.0 * 100.0 + 0.001)
    total = 0.0
    for fn in (math.sqrt, math.log, math.sin, math.cos, math.atan, math.exp, math.log1p, math.tanh, math.cbrt):
        total += math.fsum(map(fn, xs))
    total += sum(map(math.hypot, xs, xs[1:]))
    total += sum(map(math.atan2, xs, xs[::-1]))
    total += sum(map(math.floor, xs)) + sum(map(math.ceil, xs))
    total += math.sumprod(xs, xs) + math.dist(xs, xs[::-1])
    total += math.fsum(map(math.gamma, [v * 0.01 for v in xs]))
    total += sum(math.isclose(a, b, rel_tol=0.05) for a, b in zip(xs, xs[1:]))
    return "%.6f" % total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
