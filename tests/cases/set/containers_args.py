# Argument checking of set's, frozenset's, tuple's, range's and slice's methods and
# constructors, with CPython's messages, __text_signature__ and first __doc__ line.
# lib: argprobe
from argprobe import attempt, probe

class S(set):
    pass

class T(tuple):
    pass

methods = {
    "set": (lambda: {1, 2}, ["add", "clear", "__contains__", "copy", "discard", "difference", "difference_update",
                             "intersection", "intersection_update", "isdisjoint", "issubset", "issuperset", "pop",
                             "remove", "symmetric_difference", "symmetric_difference_update", "union", "update"]),
    "frozenset": (lambda: frozenset({1}), ["__contains__", "copy", "difference", "intersection", "isdisjoint",
                                           "issubset", "issuperset", "symmetric_difference", "union"]),
    "S": (lambda: S({1}), ["add", "clear", "union", "issubset"]),
    "tuple": (lambda: (1, 2), ["count", "index", "__getnewargs__"]),
    "T": (lambda: T((1,)), ["count", "index"]),
    "range": (lambda: range(3), ["count", "index", "__reversed__"]),
    "slice": (lambda: slice(1), ["indices"]),
    "iterators": (lambda: None, []),
}
for label, (make, names) in methods.items():
    for name in names:
        probe(label + "." + name, getattr(make(), name))
for it in (iter({1}), iter((1,)), iter(range(3)), iter(range(2 ** 70))):
    probe(type(it).__name__ + ".__length_hint__", it.__length_hint__)

for cls, bad in ((set, 2), (frozenset, 2), (tuple, 2), (range, 4), (slice, 4), (S, 2), (T, 2)):
    attempt(cls.__name__ + " many", cls, *[1] * bad)
    attempt(cls.__name__ + " kw", cls, iterable=())
    attempt(cls.__name__ + " none", cls)
    print(cls.__name__, cls.__text_signature__)
print(set("ab") == {"a", "b"}, frozenset([1]), tuple("ab"), range(1, 9, 2), slice(1, 2), T([1]), S())
print({1, 2}.union([3], [4]), (1, 2, 1).index(1, 1), range(9).index(3), slice(1, 9, 2).indices(5))

# subclasses: keywords are refused unless the subclass has an __init__ of its own
class TI(tuple):
    def __init__(self, *a, **k):
        pass

class F(frozenset):
    pass

class FI(frozenset):
    def __init__(self, *a, **k):
        pass

class SI(set):
    def __init__(self, *a, **k):
        pass

for cls in (T, TI, F, FI, S, SI):
    attempt(cls.__name__ + " kw", cls, x=1)
    attempt(cls.__name__ + " many", cls, 1, 2)
    attempt(cls.__name__ + " kw many", cls, 1, 2, x=1)
