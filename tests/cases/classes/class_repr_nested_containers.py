class P:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"P({self.v!r})"
data = {"list": [P(1), P("a")], "tuple": (P(None),), "set": {1}, "nested": {"k": [P([1, 2])]}}
print(data)
print(str(data) == repr(data), [data["list"]], (P(0),))
a = []
a.append(a)
print(a, {1: a})
d = {}
d["self"] = d
print(d)
