# Set workload: add, membership, union, intersection, difference over ints.
import time


N = 80000


def main():
    a = set()
    b = set()
    for i in range(N):
        a.add(i * 3 % 100003)
        b.add(i * 5 % 100003)
    total = 0
    for i in range(0, N * 2, 2):
        if i in a:
            total += 1
        if i in b:
            total += 2
    u = a | b
    n = a & b
    d = a - b
    x = a ^ b
    total += len(u) + len(n) * 3 + len(d) * 5 + len(x) * 7
    total += sum(n) % 1000003
    a.difference_update(range(0, 50000))
    total += len(a) + min(a) + max(b)
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
