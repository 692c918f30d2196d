# dict methods.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("b"), d.pop("zz", "default"), d)
d.update({"x": 10, "a": -1})
d.update(y=20)
d.update([("z", 30)])
print(d)
print(d.popitem(), d)
c = d.copy()
c["new"] = 1
print(d, c)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
keys = d.keys()
d["late"] = 0
print(keys, len(keys), "late" in keys)
print(d.values(), d.items())
print(sorted(d), sorted(d.values()), sorted(d.items()))
m = {"p": 1} | {"q": 2, "p": 3}
m |= {"r": 4}
print(m)
d.clear()
print(d, len(d))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    {}.pop("missing")
except KeyError as e:
    print("KeyError:", e)
