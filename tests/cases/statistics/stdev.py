# stdev and pstdev are correctly rounded square roots of the exact variance.
import random
import statistics
from fractions import Fraction as F

print(statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(statistics.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(statistics.stdev([F(1, 3), F(2, 3), 1]), statistics.pstdev([1, 2, 3, 4]))
print(statistics.stdev([10**40, 10**40 + 3]), statistics.pstdev([5, 5]))
print(statistics.stdev([1e-300, 3e-300]), statistics.stdev([1e300, -1e300]))
print(statistics.stdev([0.1, 0.2, 0.3], 0.2), statistics.pstdev([1, 2, 3], 0))
r = random.Random(20261207)
out = []
for trial in range(300):
    size = r.randint(2, 12)
    data = [r.uniform(-1e3, 1e3) for _ in range(size)]
    if trial % 3 == 0:
        data = [r.randint(-10**6, 10**6) for _ in range(size)]
    out.append(statistics.stdev(data).hex())
    out.append(statistics.pstdev(data).hex())
import hashlib
print(len(set(out)), hashlib.md5(" ".join(out).encode()).hexdigest())
print(out[:6])
