# Recursion memoised by functools.lru_cache and functools.cache (hits, misses, evictions).
import functools
import time


N = 12


def main():
    total = 0
    for rep in range(N):
        @functools.cache
        def paths(r, c):
            if r == 0 or c == 0:
                return 1
            return (paths(r - 1, c) + paths(r, c - 1)) % 1000000007

        @functools.lru_cache(maxsize=64)
        def collatz(n):
            if n == 1:
                return 0
            return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)

        total += paths(60, 60 + rep % 5)
        for n in range(1, 800):
            total += collatz(n)
        total += collatz.cache_info().hits
    return total % 1000000007


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
