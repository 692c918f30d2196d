# Subclasses of list go through their own __getitem__, __len__ and insert.
import bisect

class L(list):
    def insert(self, i, x):
        print('L.insert', i, x)
        super().insert(i, x)
    def __getitem__(self, i):
        print('L.get', i)
        return super().__getitem__(i)
    def __len__(self):
        print('L.len')
        return super().__len__()

l = L([1, 2, 3])
print(bisect.bisect(l, 2))
bisect.insort(l, 2)
bisect.insort_left(l, 0, 0, 1)
print(list.__repr__(l))

class Plain(list):
    pass

p = Plain([1, 5, 9])
bisect.insort(p, 6)
print(p, type(p).__name__, bisect.bisect_left(p, 9))

class Counting(list):
    count = 0
    def __getitem__(self, i):
        Counting.count += 1
        return super().__getitem__(i)

c = Counting(range(1000))
print(bisect.bisect_left(c, 777), Counting.count)
