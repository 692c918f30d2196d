# Nested for loops over range with branching.
import time


N = 2500


def main():
    total = 0
    for i in range(N):
        for j in range(N):
            if (i + j) & 3 == 0:
                total += j
            else:
                total -= 1
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
