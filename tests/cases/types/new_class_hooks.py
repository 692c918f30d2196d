# types.new_class: __init_subclass__ keywords, __set_name__, __class_getitem__ bases and body order.
import types

class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        print("init_subclass", cls.__name__, tag, kw)
        super().__init_subclass__(**kw)
        cls.tag = tag

class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)

def body(ns):
    print("body sees", sorted(k for k in ns if not k.startswith("__")))
    ns["field"] = Named()
    ns["value"] = 42

C = types.new_class("C", (Base,), {"tag": "t1"}, body)
print(C.tag, C.value, C.__qualname__, C.__module__)
try:
    types.new_class("D", (Base,), {"tag": "t2", "extra": 1})
except TypeError as e:
    print("TypeError:", e)

class Gen:
    def __class_getitem__(cls, item):
        return types.GenericAlias(cls, item)
G = types.new_class("G", (Gen[int],))
print(G.__bases__, G.__orig_bases__, types.get_original_bases(G))
print(types.resolve_bases((Gen[int], list[str], int)))
ns_seen = []
def capture(ns):
    ns_seen.append(type(ns).__name__)
types.new_class("E", (), None, capture)
print(ns_seen)
