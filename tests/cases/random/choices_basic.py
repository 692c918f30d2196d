# choices without weights, with weights, with cumulative weights.
import random

r = random.Random(10)
print(r.choices("abc", k=10))
print(r.choices(range(100), k=5))
print(r.choices([1, 2, 3], [10, 1, 1], k=10))
print(r.choices([1, 2, 3], cum_weights=[1, 1, 10], k=10))
print(r.choices("ab", [0.5, 0.25], k=6))
print(r.choices("xyz", [0, 0, 1], k=4))
print(r.choices("x"), r.choices("xy", k=0))
print(r.choices(("a", "b"), weights=(True, True), k=3))
