# A long run of randint and randrange from one seed, with ranges of every
# bit length (the rejection loop and the word boundaries).
import random

r = random.Random(777)
acc = 0
for bits in range(1, 140):
    for hi in ((1 << bits) - 1, 1 << bits, (1 << bits) + 1, 3 << (bits - 1) if bits > 1 else 2):
        v = r.randrange(hi)
        w = r.randint(-hi, hi)
        acc = (acc * 31 + v + w) % (2**61 - 1)
print(acc)
print([r.randint(1, 2**32) for _ in range(5)], [r.randint(0, 2**64 - 1) for _ in range(3)])
