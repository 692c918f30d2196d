# paretovariate over many seeds and parameters.
import random

r = random.Random()
for params in [(1,), (2.5,), (0.3,), (-1,)]:
    for seed in (0, 1, 2, 17, 123456, 2**40 + 3):
        r.seed(seed)
        print(params, seed, [r.paretovariate(*params) for _ in range(4)])
