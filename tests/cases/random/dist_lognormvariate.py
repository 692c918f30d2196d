# lognormvariate over many seeds and parameters.
import random

r = random.Random()
for params in [(0, 1), (1, 0.5), (-2, 0.1)]:
    for seed in (0, 1, 2, 17, 123456, 2**40 + 3):
        r.seed(seed)
        print(params, seed, [r.lognormvariate(*params) for _ in range(4)])
