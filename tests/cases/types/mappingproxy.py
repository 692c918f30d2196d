# types.MappingProxyType: a read-only view of a mapping.
import types

d = {"a": 1, "b": 2}
mp = types.MappingProxyType(d)
print(mp, repr(mp), len(mp), mp["a"], mp.get("c", 3), "a" in mp, list(mp))
print(list(mp.keys()), list(mp.values()), list(mp.items()))
d["c"] = 3
print(mp, mp.copy(), type(mp.copy()))
print(mp == d, mp | {"z": 0}, {"y": 1} | mp, type(mp | {}))
print(list(reversed(mp)))
for action in (lambda: mp.__setitem__("x", 1), lambda: mp.__delitem__("a"),
               lambda: setattr(mp, "x", 1), lambda: mp.pop("a"),
               lambda: types.MappingProxyType([1, 2]), lambda: types.MappingProxyType(5),
               lambda: mp["missing"], lambda: hash(mp), lambda: types.MappingProxyType()):
    try:
        action()
    except Exception as e:
        print(type(e).__name__, e)
class C:
    attr = 1
print(type(C.__dict__) is types.MappingProxyType, C.__dict__["attr"])
print(types.MappingProxyType(types.MappingProxyType(d)))
try:
    mp |= {}
except TypeError as e:
    print("TypeError:", e)
print(mp)
print(hash(types.MappingProxyType({})) if False else "unhashable dict inside")
