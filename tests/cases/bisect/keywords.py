# Every parameter but key may be positional; each may be named.
import bisect

a = [10, 20, 30, 40, 50]
print(bisect.bisect_left(a, 30), bisect.bisect_left(a=a, x=30), bisect.bisect_left(a, x=30))
print(bisect.bisect_left(a, 30, 1), bisect.bisect_left(a, 30, lo=1), bisect.bisect_left(a, 30, hi=2))
print(bisect.bisect_right(a, 30, 0, 5, key=None), bisect.bisect_right(x=30, a=a, hi=4, lo=3))
b = a[:]
bisect.insort_left(b, 25, lo=0, hi=5, key=None)
bisect.insort_right(x=35, a=b)
bisect.insort(b, 45, 3)
print(b)
for call in (lambda: bisect.bisect(a, 1, 0, 2, None),
             lambda: bisect.bisect(a, 1, lo=0, lo2=1),
             lambda: bisect.insort(a, 1, 2, 3, 4),
             lambda: bisect.bisect(x=1),
             lambda: bisect.insort(a, 1, 0, hi=1, lo=0)):
    try:
        call()
    except TypeError as e:
        print(e)
