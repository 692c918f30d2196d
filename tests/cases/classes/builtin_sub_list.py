class L(list):
    def sum(self):
        return sum(self)
l = L([1, 2, 3])
print(l, repr(l), l.sum(), len(l), l[0], l[1:], type(l[1:]).__name__, type(l + [4]).__name__, type(l * 2).__name__)
l.append(4)
print(l, l == [1, 2, 3, 4], isinstance(l, list), type(l).__name__)
class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)
    def __setitem__(self, i, v):
        print("setitem", i, v)
        super().__setitem__(i, v)
g = Logged()
g.append(1)
g.append(2)
print(g[0])
g[1] = 5
print(g, list(g), sorted(g))
class R(list):
    def __repr__(self): return "R" + super().__repr__()
print(R([1, [2]]), [R([3])])
class WithInit(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n
w = WithInit(3)
print(w, w.n)
l += [9]
print(l, type(l).__name__)
class LenLie(list):
    def __len__(self): return 100
print(len(LenLie([1])), list(LenLie([1, 2])), bool(LenLie()))
