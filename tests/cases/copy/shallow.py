# copy.copy: atomic types come back as they are, containers are copied one level.
import copy

def f(): pass
class K: pass
atoms = [None, 1, 2.5, 3j, True, "s", b"b", (1, [2]), frozenset({1}), range(3), slice(1, 2),
         len, f, K, int, ..., NotImplemented, property(), f.__code__]
for a in atoms:
    print(type(a).__name__, copy.copy(a) is a)
for c in [[1, [2]], {"a": [1]}, {1, 2}, bytearray(b"xy")]:
    d = copy.copy(c)
    print(type(c).__name__, d == c, d is c)
lst = [[1], [2]]
c = copy.copy(lst)
print(c[0] is lst[0], c is lst)
d = {"k": []}
print(copy.copy(d)["k"] is d["k"])
class Meta(type): pass
M = Meta("M", (), {})
print(copy.copy(M) is M, copy.deepcopy(M) is M)
