# binomialvariate: the trivial cases, the geometric-gap method (n*p < 10)
# and the BTRS rejection method, for p on both sides of 1/2.
import random

r = random.Random()
for n, p in [(0, 0.5), (1, 0.5), (1, 0.01), (1, 0.99), (5, 0.0), (5, 1.0), (10, 0.3), (30, 0.1),
             (19, 0.5), (20, 0.5), (100, 0.3), (100, 0.7), (1000, 0.5), (10**6, 0.25),
             (10**9, 0.5), (50, 1e-20), (40, 0.9999), (2**70, 0.5), (5, True), (5, False)]:
    for seed in (0, 1, 2, 3, 99, 12345):
        r.seed(seed)
        print(n, p, seed, [r.binomialvariate(n, p) for _ in range(5)])
print(random.Random(4).binomialvariate())
