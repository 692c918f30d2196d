# Recursion over small lists: slicing (lst[1:], lst[:k]) and `in` tests,
# as in permutation, subset and quicksort code written the simple way.
import time


def perms(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i in range(len(items)):
        for rest in perms(items[:i] + items[i + 1:]):
            out.append([items[i]] + rest)
    return out


def subsets_with_sum(items, target):
    if target == 0:
        return 1
    if not items or target < 0:
        return 0
    return subsets_with_sum(items[1:], target - items[0]) + subsets_with_sum(items[1:], target)


def qsort(lst):
    if len(lst) < 2:
        return lst
    pivot = lst[0]
    return qsort([x for x in lst[1:] if x < pivot]) + [pivot] + qsort([x for x in lst[1:] if x >= pivot])


def distinct_paths(path, left):
    if not left:
        return 1
    n = 0
    for x in left:
        if x not in path[-2:]:
            n += distinct_paths(path + [x], [y for y in left if y != x])
    return n


def main():
    total = 0
    for rep in range(6):  # sized to run 150-400 ms, as every case is
        for p in perms([1, 2, 3, 4, 5, 6, 7]):
            if 7 in p[:3] and 1 not in p[4:]:
                total += p[0] + rep
        total += subsets_with_sum(list(range(1, 20)), 45 + rep)
        for k in range(150):
            data = [(i * 7919 + k + rep) % 211 for i in range(150)]
            total += sum(qsort(data)[::10])
        total += distinct_paths([], list(range(7)))
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
