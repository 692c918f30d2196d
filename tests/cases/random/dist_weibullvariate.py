# weibullvariate over many seeds and parameters.
import random

r = random.Random()
for params in [(1, 1), (2, 0.5), (0.5, 3), (10, 10)]:
    for seed in (0, 1, 2, 17, 123456, 2**40 + 3):
        r.seed(seed)
        print(params, seed, [r.weibullvariate(*params) for _ in range(4)])
