# collections workload: defaultdict(int) and defaultdict(list) filled by key,
# Counter over an iterable with most_common, namedtuple creation and field access.
import time
from collections import Counter, defaultdict, namedtuple


N = 200000
Point = namedtuple('Point', 'x y z')


def main():
    counts = defaultdict(int)
    for i in range(N):
        counts[i * 31 % 997] += 1
    groups = defaultdict(list)
    for i in range(N // 2):
        groups[i % 101].append(i)
    words = [str(i * 7 % 503) for i in range(N // 2)]
    c = Counter(words)
    total = sum(n for _, n in c.most_common(10)) + len(c)
    points = [Point(i, i * 2, i % 7) for i in range(N // 2)]
    for p in points:
        total += p.x - p.y + p.z
    total += sum(counts.values()) + sum(len(v) for v in groups.values())
    total += points[-1]._replace(z=5).z + len(points[3]._asdict())
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
