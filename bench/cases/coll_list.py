# List workload: append, index, slice, sort, comprehension, reverse.
import time


N = 360000


def main():
    lst = []
    for i in range(N):
        lst.append((i * 7919) % 10007)
    total = 0
    for i in range(0, N, 3):
        total += lst[i]
    sq = [x * x for x in lst if x & 1]
    total += len(sq) + sq[-1]
    s = sorted(lst)
    total += s[0] + s[len(s) // 2] + s[-1]
    lst.sort(reverse=True)
    total += lst[10]
    chunk = lst[100:5000]
    chunk.reverse()
    total += sum(chunk[::7])
    while len(lst) > N // 2:
        total += lst.pop()
    lst.insert(0, 5)
    total += lst.index(5) + lst.count(0)
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
