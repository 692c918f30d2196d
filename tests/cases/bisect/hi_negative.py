# hi == -1 stands for len(a), as None does; other negative values search nothing.
import bisect

class Sized(list):
    def __len__(self):
        print('len')
        return super().__len__()

a = Sized([1, 2, 3, 4])
print(bisect.bisect(a, 3, 0, -1), bisect.bisect(a, 3, hi=None), bisect.bisect(a, 3, 0, -2), bisect.bisect(a, 3, 2, -5))
print(bisect.bisect_left(a, 3, 0, 4), bisect.bisect_left(a, 9, 0, -1))
b = [1, 2, 3]
bisect.insort(b, 0, 0, -1)
bisect.insort(b, 9, 1, -3)
print(b)
