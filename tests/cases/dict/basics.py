# dict: literals, lookup, insertion order, update, delete, membership.
d = {"one": 1, "two": 2, "three": 3}
print(d, len(d), d["two"], "one" in d, "four" in d, "four" not in d)
d["four"] = 4
d["one"] = 100
print(d)
del d["two"]
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
d["two"] = 2
print(d)
e = {}
e[1] = "int"
e[1.0] = "float overwrites"
e[True] = "bool too"
e[(1, 2)] = "tuple key"
e[None] = "none"
e["1"] = "str"
print(e, len(e))
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=0), dict())
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"}, {1: 2} != {1: 3})
n = {i: i * i for i in range(6)}
print(n, n == dict(zip(range(6), [0, 1, 4, 9, 16, 25])))
