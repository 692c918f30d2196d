# types.resolve_bases and __orig_bases__ with __mro_entries__ (PEP 560).
import types

class Entry:
    def __init__(self, *entries): self.entries = entries
    def __mro_entries__(self, bases):
        print("mro_entries called with", len(bases), "bases")
        return self.entries
    def __repr__(self): return f"Entry{self.entries}"

class Base: pass
orig = (Entry(Base, int), str)
print(types.resolve_bases(orig))
print(types.resolve_bases((Entry(),)))
plain = (int, str)
print(types.resolve_bases(plain) is plain)
lst = [Base]
print(types.resolve_bases(lst) is lst)
print(types.resolve_bases((1, "x", None)))
print(types.resolve_bases(()))
K = types.new_class("K", (Entry(Base),))
print(K.__bases__, K.__orig_bases__, types.get_original_bases(K))
print(types.get_original_bases(Base), types.get_original_bases(bool))
print(types.resolve_bases((list[int], dict[str, int])))
G = types.new_class("G", (list[int],))
print(G.__bases__, G.__orig_bases__, "__orig_bases__" in types.new_class("H").__dict__)
