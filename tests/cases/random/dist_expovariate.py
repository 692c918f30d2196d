# expovariate over many seeds and parameters.
import random

r = random.Random()
for params in [(), (1,), (0.5,), (10,), (-2,), (1e-300,)]:
    for seed in (0, 1, 2, 17, 123456, 2**40 + 3):
        r.seed(seed)
        print(params, seed, [r.expovariate(*params) for _ in range(4)])
