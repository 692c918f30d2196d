# copy through __reduce_ex__ and __reduce__: states, slots, setstate, list and dict items.
import copy

class Plain:
    def __init__(self): self.items = [1, 2]; self.name = "p"
p = Plain()
cp, dp = copy.copy(p), copy.deepcopy(p)
print(vars(cp), cp.items is p.items, vars(dp), dp.items is p.items, type(dp).__name__)

class Slotted:
    __slots__ = ("a", "b", "__private")
    def __init__(self): self.a = [1]; self.__private = "hidden"
s = copy.copy(Slotted())
print(s.a, s._Slotted__private, hasattr(s, "b"))
s2 = copy.deepcopy(Slotted())
print(s2.a, s2._Slotted__private)
print(Slotted.__dict__.get("__slotnames__"))

class Both:
    __slots__ = ("x", "__dict__")
b = Both(); b.x = 1; b.y = 2
cb = copy.copy(b)
print(cb.x, cb.y)

class WithState:
    def __init__(self): self.v = 1
    def __getstate__(self):
        print("getstate")
        return {"v": self.v, "extra": True}
    def __setstate__(self, state):
        print("setstate", sorted(state.items()))
        self.__dict__.update(state)
w = copy.deepcopy(WithState())
print(w.v, w.extra)

class NewArgs:
    def __new__(cls, a, b):
        print("__new__", a, b)
        self = super().__new__(cls)
        self.a, self.b = a, b
        return self
    def __getnewargs__(self): return (self.a, self.b)
n = copy.copy(NewArgs(1, 2))
print(n.a, n.b)

class KwNew:
    def __new__(cls, *, key):
        self = super().__new__(cls); self.key = key; return self
    def __getnewargs_ex__(self): return ((), {"key": self.key})
print(copy.copy(KwNew(key="k")).key)

class MyList(list):
    pass
ml = MyList([1, [2]]); ml.tag = "t"
cml = copy.copy(ml); dml = copy.deepcopy(ml)
print(type(cml).__name__, cml, cml.tag, cml[1] is ml[1], dml[1] is ml[1])
class MyDict(dict):
    pass
md = MyDict(a=[1]); md.tag = 2
cmd = copy.deepcopy(md)
print(type(cmd).__name__, cmd, cmd.tag, cmd["a"] is md["a"])

class Reducer:
    def __reduce__(self):
        print("__reduce__")
        return (Reducer, ())
print(type(copy.copy(Reducer())).__name__)
class Named:
    def __reduce__(self): return "Named"
nm = Named()
print(copy.copy(nm) is nm, copy.deepcopy(nm) is nm)
class Bound:
    def m(self): return self
bm = Bound().m
print(copy.deepcopy(bm).__self__ is bm.__self__, copy.copy(bm) == bm)
