# vonmisesvariate over many seeds and parameters.
import random

r = random.Random()
for params in [(0, 0), (1, 1e-7), (0, 1), (3, 4), (10, 100), (-1, 0.5)]:
    for seed in (0, 1, 2, 17, 123456, 2**40 + 3):
        r.seed(seed)
        print(params, seed, [r.vonmisesvariate(*params) for _ in range(4)])
