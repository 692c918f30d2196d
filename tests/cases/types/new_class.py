# types.new_class, prepare_class and resolve_bases with metaclasses and keywords.
import types

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, bases, kw)
        return {"from_prepare": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(ns), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

def body(ns):
    ns["x"] = 10
    ns["double"] = lambda self: self.x * 2

A = types.new_class("A", (), {"metaclass": Meta, "flag": True}, body)
print(A, type(A), A.__name__, A.__qualname__, A.__module__, A.from_prepare, A().double())
B = types.new_class("B", (A,), {"flag": False})
print(type(B), B.__mro__)
print(types.new_class("Plain"), types.new_class("Plain").__bases__)
print(types.prepare_class("P"))
print(types.prepare_class("P", (int,), {"x": 1}))
meta, ns, kw = types.prepare_class("P", (A,), {"flag": 1})
print(meta, ns, kw)
kwds = {"metaclass": type, "y": 2}
print(types.prepare_class("P", (), kwds), kwds)
print(types.prepare_class("P", (), {"metaclass": len}))
print(types.new_class("Q", (), {"metaclass": lambda *a, **k: ("made", a, k), "z": 1}))
