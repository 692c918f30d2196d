# bisect_left/right and insort_left/right on sorted lists of ints.
import bisect

a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in (-1, 0, 1, 2, 3, 4, 5, 8, 13, 14):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left([], 1), bisect.bisect_right([], 1))
print(bisect.bisect_left([1, 1, 1], 1), bisect.bisect_right([1, 1, 1], 1))
b = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(b, v)
print(b)
c = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort_left(c, v)
print(c)
print(bisect.insort(b, 7), bisect.insort_right(b, 0), b)
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
