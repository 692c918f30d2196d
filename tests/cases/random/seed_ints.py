# Seeding from ints of every size and sign gives CPython's sequences.
import random

for seed in (0, 1, -1, 2, 7, -7, 42, 2**31 - 1, 2**32 - 1, 2**32, 2**32 + 1, 2**63, -2**63,
             2**64 - 1, 2**64, 10**30, -10**30, 2**1000 + 17, 3**700, True, False):
    r = random.Random(seed)
    print(seed if abs(seed) < 10**20 else len(str(seed)), r.random(), r.getrandbits(32), r.getrandbits(64))
