# Dict workload: inserts, lookups, updates, deletes, iteration over int and str keys.
import time


N = 200000


def main():
    d = {}
    for i in range(N):
        d[i * 7 % N] = i
    total = 0
    for i in range(N):
        total += d[i]
    names = {}
    for i in range(N // 4):
        key = "k" + str(i % 5000)
        names[key] = names.get(key, 0) + i
    for k in list(d):
        if k % 3 == 0:
            del d[k]
    for k, v in d.items():
        total += k ^ v
    total += len(d) + len(names) + sum(names.values())
    total += ("k42" in names) + ("zz" in names)
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
