# collections.deque workload: a FIFO queue (append/popleft), a bounded window
# (maxlen), rotation, appendleft/pop, indexing near the ends.
import time
from collections import deque


N = 300000


def main():
    q = deque()
    total = 0
    for i in range(N):
        q.append(i)
        if len(q) > 100:
            total += q.popleft()
    window = deque(maxlen=50)
    for i in range(N):
        window.append(i * 3 % 1001)
        total += window[0] - window[-1]
    d = deque(range(1000))
    for i in range(N // 10):
        d.rotate(7)
        total += d[0]
    s = deque()
    for i in range(N):
        s.appendleft(i)
        if i % 3 == 0:
            total += s.pop()
    total += len(q) + len(window) + len(s) + sum(window)
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
