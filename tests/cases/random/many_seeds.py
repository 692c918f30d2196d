# One value of each kind for many seeds.
import random

r = random.Random()
for seed in range(0, 3000, 37):
    r.seed(seed)
    print(seed, r.random(), r.randint(0, 10**6), r.getrandbits(33), r.choice(range(1000)),
          r.gauss(), r.expovariate(), r.binomialvariate(60, 0.4))
