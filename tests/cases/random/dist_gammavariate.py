# gammavariate over many seeds and parameters.
import random

r = random.Random()
for params in [(0.1, 1), (0.5, 2), (0.9999, 1), (1, 1), (1, 3), (1.5, 1), (3, 2), (50, 0.5), (1e-3, 1)]:
    for seed in (0, 1, 2, 17, 123456, 2**40 + 3):
        r.seed(seed)
        print(params, seed, [r.gammavariate(*params) for _ in range(4)])
