# Instance and class attribute reads and writes.
import time


N = 1500000


class Point:
    scale = 3

    def __init__(self, x, y):
        self.x = x
        self.y = y


def main():
    p = Point(1, 2)
    q = Point(5, 7)
    total = 0
    for i in range(N):
        p.x = i
        q.y = p.x + q.x
        total += p.x * Point.scale + q.y - p.y + p.scale
        if i & 1023 == 0:
            Point.scale = (Point.scale + 1) % 5
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
