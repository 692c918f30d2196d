# Calls through functools.partial: positional and keyword arguments, nested partials, placeholders.
import functools
import time


N = 60000


def combine(a, b, c=0, *, scale=1):
    return (a * 31 + b * 7 + c) * scale


def main():
    add_one = functools.partial(combine, 1)
    scaled = functools.partial(combine, scale=3)
    nested = functools.partial(functools.partial(combine, 2), 5)
    holed = functools.partial(combine, functools.Placeholder, 9)
    bound_max = functools.partial(max, 0)
    total = 0
    for i in range(N):
        total += add_one(i)
        total += scaled(i, 2, c=1)
        total += nested(i & 7)
        total += holed(i)
        total += bound_max(i, 5)
    return total % 1000000007


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
