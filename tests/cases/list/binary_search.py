# Binary search and insertion into a sorted list.
def bsearch(items, target):
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo

data = sorted([(i * 37) % 101 for i in range(50)])
print(data)
for t in [0, 1, 50, 100, 101, -5]:
    i = bsearch(data, t)
    print(t, i, i < len(data) and data[i] == t)
s = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    s.insert(bsearch(s, v), v)
print(s)
