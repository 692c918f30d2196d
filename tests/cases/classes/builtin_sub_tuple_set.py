class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
    def __repr__(self): return f"Pair{tuple.__repr__(self)}"
p = Pair(1, 2)
print(p, p.first, p[1], len(p), p == (1, 2), hash(p) == hash((1, 2)), type(p + (3,)).__name__)
a, b = p
print(a, b, p[::-1], type(p[::-1]).__name__)
class T(tuple): pass
t = T([1, 2, 3])
print(t, repr(t), type(t).__name__, t.count(2))
class S(set):
    def add(self, x):
        print("add", x)
        super().add(x)
s = S([3, 1])
s.add(2)
print(sorted(s), type(s | {9}).__name__, type(s).__name__, len(s))
print(S([1]) == {1}, S(), repr(S([5])))
class FS(frozenset): pass
f = FS([1, 2])
print(f, type(f).__name__, f | {3}, hash(f) == hash(frozenset([1, 2])))
