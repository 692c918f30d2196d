# Floats and (with version 3) strings seed through their hash.
# env: PYTHONHASHSEED=0
import random

r = random.Random()
for seed in (0.0, -0.0, 1.0, 2.5, -2.5, 1e300, -1e-300, float("inf"), float("-inf"), 3.141592653589793):
    r.seed(seed)
    print(seed, r.random())
for seed in ("abc", b"abc", "", 12, 1.5):
    r.seed(seed, version=3)
    print(repr(seed), r.random())
print(random.Random(1.0).random() == random.Random(1).random())
print(random.Random(-5).random() == random.Random(5).random())
