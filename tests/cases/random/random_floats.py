# random() over many seeds and a long stream (state regeneration).
import random

for seed in range(20):
    r = random.Random(seed)
    print(seed, [r.random() for _ in range(3)])
r = random.Random(99)
values = [r.random() for _ in range(5000)]
print(values[623], values[624], values[1247], values[1248], values[-1])
print(sum(values))
