# fsum rounds the exact sum once, half to even, through long chains of
# partials: classic hard cases and seeded cancellations.
# lib: mathvalues
import math
from mathvalues import Stream

cases = [
    [1e-16, 1.0, 1e-16],
    [1.0, 2.0 ** -53, 2.0 ** -106],
    [1.0, -(2.0 ** -53), -(2.0 ** -106)],
    [1.0, 2.0 ** -53, -(2.0 ** -106)],
    [2.0 ** 53, -0.5, -(2.0 ** -54)],
    [2.0 ** 53, 1.0, 2.0 ** -100],
    [2.0 ** 53 - 1.0, 0.5, 2.0 ** -60],
    [1.0, 1e100, 1.0, -1e100],
    [1e308, -1e308, 1e-308],
    [2.0 ** n for n in range(-1074, 1024, 7)],
    [(-1.0) ** n * 2.0 ** (n % 300 - 150) for n in range(1000)],
]
for xs in cases:
    print(len(xs), repr(math.fsum(xs)), repr(math.fsum(reversed(xs))))
stream = Stream(55)
for trial in range(100):
    xs = []
    for _ in range(stream.below(20) + 2):
        v = stream.near(1.0) * 2.0 ** (stream.below(200) - 100)
        xs += [v, -v * (1 + 2.0 ** -52)] if stream.below(2) else [v]
    print(trial, repr(math.fsum(xs)))
