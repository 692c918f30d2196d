# NormalDist.samples with a seed is reproducible.
import random
from statistics import NormalDist

d = NormalDist(1, 2)
print(d.samples(3, seed=5))
print(d.samples(4, seed='abc'))
print(NormalDist().samples(2, seed=b'xy'))
print(NormalDist(0, 0).samples(3, seed=1))
print(d.samples(0, seed=1), len(d.samples(100, seed=2)))
random.seed(99)
print(d.samples(3))
random.seed(99)
print(d.samples(3) == (random.seed(99) or d.samples(3)))
print(NormalDist(-5, 0.5).samples(5, seed=3.5))
try:
    d.samples(2.5, seed=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    d.samples(2, 1)
except Exception as e:
    print(type(e).__name__, e)
