# sample from ranges, lists, strings and tuples; k = 0 and k = n.
import random

r = random.Random(2)
print(r.sample(range(100), 10))
print(r.sample(range(10**9), 5))
print(r.sample("abcdefgh", 8))
print(r.sample((1, 2, 3), 0))
print(r.sample([1, 2, 3], k=3))
print(r.sample(range(30), 29))
print(len(set(r.sample(range(1000), 500))))
