# lo and hi: their conversions and checks.
import bisect
import sys

def attempt(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

a = list(range(0, 20, 2))
for lo, hi in [(0, 10), (2, 5), (3, 3), (5, 2), (0, -1), (0, -2), (0, None), (4, None), (True, False)]:
    print(lo, hi, bisect.bisect_left(a, 7, lo, hi), bisect.bisect_right(a, 8, lo=lo, hi=hi))
attempt(bisect.bisect_left, a, 1, -1)
attempt(bisect.bisect_right, a, 1, lo=-5)
attempt(bisect.insort_left, a, 1, -1)
attempt(bisect.insort_right, [], 1, -1, 0)
attempt(bisect.bisect_left, a, 1, 0, 20)
attempt(bisect.bisect_left, a, 99, 0, 20)
attempt(bisect.bisect_left, a, 1, 50)
attempt(bisect.bisect_left, a, 1, None)
attempt(bisect.bisect_left, a, 1, 1.5)
attempt(bisect.bisect_left, a, 1, '1')
attempt(bisect.bisect_left, a, 1, 0, 1.5)
attempt(bisect.bisect_left, a, 1, 0, 'x')
attempt(bisect.bisect_left, a, 1, 2 ** 70)
attempt(bisect.bisect_left, a, 1, 0, 2 ** 70)
attempt(bisect.bisect_left, a, 1, 0, -2 ** 70)
attempt(bisect.bisect_left, a, 1, -2 ** 70)
attempt(bisect.bisect_left, a, 5, sys.maxsize, sys.maxsize)
attempt(bisect.bisect_right, range(sys.maxsize), 2 ** 40, 0, sys.maxsize)
attempt(bisect.bisect_left, range(sys.maxsize), sys.maxsize - 3, 0, sys.maxsize)

class Index:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

attempt(bisect.bisect_left, a, 7, Index(1), Index(6))
attempt(bisect.bisect_left, a, 7, 0, Index(2 ** 70))
attempt(bisect.bisect_left, a, 7, Index(2 ** 70))
attempt(bisect.bisect_left, a, 7, Index(-1))
b = [1, 3, 5]
bisect.insort(b, 4, 0, 1)
bisect.insort_left(b, 0, hi=None)
bisect.insort_right(b, 9, lo=1, hi=-1)
print(b)
