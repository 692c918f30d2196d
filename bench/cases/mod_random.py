# The random module: random.random(), randint() and randrange() called in a loop on the module's seeded generator.
import random
import time


N = 400000


def main():
    random.seed(20260101)
    rand = random.random
    randint = random.randint
    randrange = random.randrange
    acc = 0.0
    total = 0
    for i in range(N):
        acc += rand()
        total += randint(1, 1000)
        total ^= randrange(0, 1 << 20, 3)
    return total + int(acc * 1000)


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
