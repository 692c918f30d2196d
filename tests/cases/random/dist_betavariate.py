# betavariate over many seeds and parameters.
import random

r = random.Random()
for params in [(0.5, 0.5), (1, 1), (2, 5), (5, 2), (0.1, 10), (30, 30)]:
    for seed in (0, 1, 2, 17, 123456, 2**40 + 3):
        r.seed(seed)
        print(params, seed, [r.betavariate(*params) for _ in range(4)])
