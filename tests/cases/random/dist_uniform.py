# uniform over many seeds and parameters.
import random

r = random.Random()
for params in [(0, 1), (-5, 5), (10, 2), (1e300, -1e300), (3, 3)]:
    for seed in (0, 1, 2, 17, 123456, 2**40 + 3):
        r.seed(seed)
        print(params, seed, [r.uniform(*params) for _ in range(4)])
