# heapq workload: a priority queue of ints (heappush/heappop), of (priority,
# serial) tuples, heapify + heapreplace on a bounded heap, heappushpop,
# nsmallest/nlargest and merge.
import heapq
import time


N = 60000


def main():
    total = 0
    x = 1
    h = []
    for i in range(N):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        heapq.heappush(h, x % 100000)
        if i % 3 == 2:
            total += heapq.heappop(h)
    while h:
        total = (total + heapq.heappop(h)) % 1000000007
    tasks = []
    for i in range(N // 2):
        heapq.heappush(tasks, (i * 7919 % 1000, i))
    while tasks:
        prio, serial = heapq.heappop(tasks)
        total += prio ^ serial
    vals = [(i * 2654435761) % 99991 for i in range(N)]
    top = vals[:100]
    heapq.heapify(top)
    for v in vals[100:]:
        if v > top[0]:
            heapq.heapreplace(top, v)
        else:
            total += heapq.heappushpop(top, v - 1) & 7
    total += sum(top)
    heapq.heapify(vals)
    total += vals[0] + vals[len(vals) // 2]
    total += sum(heapq.nsmallest(10, vals)) + sum(heapq.nlargest(10, vals))
    runs = [sorted(vals[k::8]) for k in range(8)]
    for i, v in enumerate(heapq.merge(*runs)):
        if i % 97 == 0:
            total += v
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
