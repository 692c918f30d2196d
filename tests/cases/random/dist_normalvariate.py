# normalvariate over many seeds and parameters.
import random

r = random.Random()
for params in [(), (10, 2), (-3, 0.5), (0, 0), (1e10, 1e-10)]:
    for seed in (0, 1, 2, 17, 123456, 2**40 + 3):
        r.seed(seed)
        print(params, seed, [r.normalvariate(*params) for _ in range(4)])
