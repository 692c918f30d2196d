d = {}
for k in ["z", "a", "m"]:
    d[k] = len(d)
d["a"] = 99
print(d)
del d["z"]
d["z"] = 0
print(d, list(reversed(d)), next(iter(d)))
e = dict(d)
print(e == d, list(e) == list(d), {1: "a", 1.0: "b", True: "c"})
print({(1, 2): "t", frozenset({1}): "f"}[(1, 2)], len({0: 1, -0.0: 2, False: 3}))
