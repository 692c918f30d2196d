# randint over small, negative, huge and single-value ranges.
import random

r = random.Random(77)
print([r.randint(1, 6) for _ in range(30)])
print([r.randint(-3, 3) for _ in range(15)])
print([r.randint(5, 5) for _ in range(3)])
print([r.randint(0, 2**62) for _ in range(3)])
print([r.randint(-2**62, 2**62 - 1) for _ in range(3)])
print([r.randint(-2**63, 2**63) for _ in range(3)])
print([r.randint(10**20, 10**21) for _ in range(3)])
print(r.randint(a=1, b=10), r.randint(True, 3))
r.seed(9)
a = [r.randint(1, 10**30) for _ in range(5)]
r.seed(9)
b = [r.randrange(1, 10**30 + 1) for _ in range(5)]
print(a == b)
