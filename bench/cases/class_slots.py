# Objects of classes with __slots__ (no instance dict): a method that reads
# and writes several slots on every call, and a loop over a list of them.
import time


N = 400000


class Vec:
    __slots__ = ("x", "y", "hits")

    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.hits = 0

    def nudge(self, d):
        self.x = self.x + d
        self.y = self.y - d
        self.hits += 1
        return self.x * self.y


def main():
    vecs = [Vec(i, -i) for i in range(64)]
    total = 0
    for i in range(N):
        v = vecs[i & 63]
        total += v.nudge(1 if i % 3 else -1) & 0xFFFF
    for v in vecs:
        total += v.hits + v.x - v.y
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
