class C:
    """Doc for C."""
    a = 1
    def f(self): pass
p = C.__dict__
print(type(p).__name__)
print(sorted(k for k in p))
print(p["a"], "f" in p, p.get("zz", "none"), len(p) > 3)
try:
    p["a"] = 2
except TypeError as e:
    print(e)
try:
    del p["a"]
except TypeError as e:
    print(e)
class E: pass
print(repr(E.__dict__).startswith("mappingproxy({"))
print(E.__dict__ == dict(E.__dict__))
print(list(E.__dict__.keys()))
print(sorted(E.__dict__.items())[:1])
print(type(vars(C)).__name__, vars(C)["a"])
print(C.__dict__.copy()["a"], type(C.__dict__.copy()).__name__)
print(type(int.__dict__).__name__, "bit_length" in int.__dict__)
try:
    C.__dict__ = {}
except AttributeError as e:
    print(e)
print(C.__dict__ | {"b": 2} == {**C.__dict__, "b": 2})
print(repr(type("T", (), {"x": 1}).__dict__)[:40])
