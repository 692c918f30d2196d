d = {"b": 2, "a": 1}
d["c"] = 3
del d["b"]
d["b"] = 4
print(d, list(d), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", 0), d.setdefault("e", 5), d.pop("a"), d.pop("zz", "none"), d.popitem(), d)
d.update({"x": 1}, y=2)
print(d, d | {"z": 9}, {k: v for k, v in sorted(d.items())})
print(dict.fromkeys("abc", 0), dict(zip("ab", [1, 2])), dict([("k", "v")]), {**d, "x": 100})
ks = d.keys()
d["new"] = 1
print(ks, "new" in ks, ks & {"x", "q"}, ks - {"x"})
try:
    for k in d:
        d["boom"] = 1
except RuntimeError as e:
    print(e)
s = {5, 3, 1}
s.add(4)
s.discard(3)
print(s, s | {9}, s & {1, 4}, s - {1}, s ^ {1, 100}, {1, 2} <= {1, 2, 3}, frozenset({2, 1}))
print(sorted({"pear", "apple", "fig"}), {x % 3 for x in range(10)}, set("hello"), len(set()))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
