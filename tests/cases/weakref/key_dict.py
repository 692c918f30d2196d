# WeakKeyDictionary: entries go when their keys die
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "K(%d)" % self.n


keys = [K(i) for i in range(4)]
d = weakref.WeakKeyDictionary()
for k in keys:
    d[k] = k.n * 10
print(len(d), d[keys[2]], keys[1] in d, 5 in d, "x" in d, d.get(keys[3]))
del keys[0]
print(len(d), sorted(v for v in d.values()), sorted(k.n for k in d.keys()))
print(sorted((k.n, v) for k, v in d.items()), len(d.keyrefs()))
print(d.pop(keys[0]), d.pop(K(99), "nope"), len(d))
d.setdefault(keys[1], "x")
print(d[keys[1]], d.setdefault(keys[2], "new"))
k = K(7)
d.update({k: 70})
d.update([(keys[1], "again")])
print(len(d), d[k], d[keys[1]])
keys.clear()
del k
print(len(d), list(d.items()))
for bad in (lambda: d.__setitem__(1, 2), lambda: d.get(1)):
    try:
        bad()
    except TypeError as e:
        print(e)
try:
    d.popitem()
except KeyError as e:
    print(repr(e))
