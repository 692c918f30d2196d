class D(dict):
    def __missing__(self, k):
        print("missing", k)
        return k * 2
d = D(a=1)
print(d["a"], d["bb"], d.get("zz"), "zz" in d, d)
class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, k):
        v = self[k] = self.factory()
        return v
dd = Default(list)
dd["x"].append(1)
dd["x"].append(2)
dd["y"]
print(dd, type(dd).__name__)
class Attr(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k) from None
    def __setattr__(self, k, v):
        self[k] = v
a = Attr()
a.x = 1
print(a.x, a, repr(a))
try:
    a.nope
except AttributeError as e:
    print("AttributeError", e)
class R(dict):
    def __repr__(self): return "R(" + super().__repr__() + ")"
r = R({1: 2})
print(r, {0: r}, r | {3: 4}, type(r | {3: 4}).__name__, type(r.copy()).__name__)
class Keys(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
k = Keys()
k["AbC"] = 1
k.update({"XYZ": 2})
print(k)
