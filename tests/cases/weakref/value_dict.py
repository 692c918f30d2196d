# WeakValueDictionary: entries go when their values die
import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "V(%d)" % self.n


vals = [V(i) for i in range(5)]
d = weakref.WeakValueDictionary()
for i, v in enumerate(vals):
    d["k%d" % i] = v
print(len(d), sorted(d.keys()), d["k2"], d.get("k9", "missing"), "k1" in d, "zz" in d)
del vals[1]
print(len(d), sorted(d), "k1" in d, d.get("k1"))
try:
    d["k1"]
except KeyError as e:
    print("KeyError", e)
print(sorted((k, v.n) for k, v in d.items()), sorted(v.n for v in d.values()))
print(d.pop("k0"), d.pop("k0", "gone"), len(d))
try:
    d.pop("k0")
except KeyError as e:
    print("KeyError", e)
extra = V(9)
print(d.setdefault("k9", extra) is extra, d.setdefault("k9", V(10)) is extra)
d.update({"a": vals[0]}, b=vals[1])
print(sorted(d), len(d.valuerefs()), type(d.keys()).__name__)
vals.clear()
print(sorted(d), len(d))
del extra
print(len(d), dict(d))
try:
    d[1] = 2
except TypeError as e:
    print(e)
try:
    weakref.WeakValueDictionary().popitem()
except KeyError as e:
    print(repr(e))
