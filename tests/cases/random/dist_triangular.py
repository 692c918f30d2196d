# triangular over many seeds and parameters.
import random

r = random.Random()
for params in [(), (0, 10), (0, 10, 2), (5, 1, 4), (2, 2, 2), (0, 1, 0), (0, 1, 1), (0, 10, -5)]:
    for seed in (0, 1, 2, 17, 123456, 2**40 + 3):
        r.seed(seed)
        print(params, seed, [r.triangular(*params) for _ in range(4)])
