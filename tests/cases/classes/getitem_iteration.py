class Seq:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()))
print(20 in Seq())
print(99 in Seq())
it = iter(Seq())
print(type(it).__name__, next(it))
class Squares:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0: i += self.n
        if not 0 <= i < self.n: raise IndexError("index out of range")
        return i * i
s = Squares(5)
print(s[2], s[-1], s[1:4], s[::2], list(s), list(reversed(s)))
class StopIt:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopIt()))
class Map:
    def __getitem__(self, k):
        raise KeyError(k)
try:
    list(Map())
except KeyError as e:
    print("KeyError", e)
