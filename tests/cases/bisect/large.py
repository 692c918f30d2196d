# Long lists: every answer agrees with a linear scan.
import bisect

x = 12345
values = []
for _ in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    values.append(x % 5000)
values.sort()
bad = 0
for probe in range(-5, 5005, 7):
    left = bisect.bisect_left(values, probe)
    right = bisect.bisect_right(values, probe)
    lin_left = sum(1 for v in values if v < probe)
    lin_right = sum(1 for v in values if v <= probe)
    if (left, right) != (lin_left, lin_right):
        bad += 1
print(bad, bisect.bisect(values, 2500), bisect.bisect_left(values, 2500, 100, 2000))
grow = []
for v in values[::-1][:500]:
    bisect.insort(grow, v)
print(grow == sorted(values[-500:]), grow[:5], grow[-5:])
