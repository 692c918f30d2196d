# Small-integer arithmetic: a linear congruential generator plus mixed integer operators.
import time


N = 1000000


def main():
    seed = 12345
    total = 0
    for i in range(N):
        seed = (seed * 1103515245 + 12345) % 2147483648
        v = seed >> 8
        total += (v % 97) * 3 - (v // 1013) + (i & 7)
        total ^= i << 2
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
