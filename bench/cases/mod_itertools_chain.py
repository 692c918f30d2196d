# itertools pipelines: chain, islice, accumulate, pairwise, product and groupby over ranges.
import itertools
import time


N = 60


def main():
    total = 0
    for rep in range(N):
        data = itertools.chain(range(5000), range(3000), [7, 8, 9] * 500)
        for x in itertools.islice(itertools.accumulate(data), 0, None, 7):
            total = (total + x) % 1000000007
        for a, b in itertools.pairwise(range(rep, rep + 3000)):
            total += b - a
        for a, b in itertools.product(range(40), repeat=2):
            total ^= a * b
        for k, g in itertools.groupby(range(3000), key=lambda v: v // 100):
            total += k + sum(1 for _ in g)
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
