# bisect workload: lookups in a sorted list (bisect_left/right), insort
# into a growing list, searches with bounds and with a key function.
import bisect
import time


N = 70000


def main():
    total = 0
    table = list(range(0, 3 * N, 3))
    x = 7
    for i in range(N):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        probe = x % (3 * N)
        total += bisect.bisect_left(table, probe) - bisect.bisect_right(table, probe)
        total += bisect.bisect(table, probe, 100, 2000)
    grow = []
    for i in range(N // 5):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        bisect.insort(grow, x % 10007)
        if i % 4 == 0:
            bisect.insort_left(grow, i)
    total += grow[len(grow) // 2] + len(grow)
    recs = [(i, i * 31 % 977) for i in range(2000)]
    first = lambda r: r[0]
    for i in range(N // 5):
        total += bisect.bisect_left(recs, i % 2100, key=first)
    words = sorted('w%05d' % (i * 7 % 30011) for i in range(5000))
    for i in range(N // 5):
        total += bisect.bisect_right(words, 'w%05d' % (i % 30011))
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
