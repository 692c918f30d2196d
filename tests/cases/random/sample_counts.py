# sample with counts.
import random

r = random.Random(8)
print(r.sample(["red", "blue"], counts=[4, 2], k=5))
print(r.sample("abc", 6, counts=[1, 2, 3]))
print(r.sample(range(3), 0, counts=[0, 0, 0]))
print(r.sample([], 0, counts=[]))
try:
    r.sample(["x", "y"], 3, counts=[3, -1])
except ValueError as e:
    print(e)
print(r.sample(["x", "y"], 2, counts=[3, -1]))
print(r.sample("ab", 100, counts=[10**6, 10**6])[:10])
