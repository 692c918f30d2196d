# types.SimpleNamespace: construction from a mapping, pairs and keywords,
# repr, equality, hashing, pickling shape, __replace__, subclasses, errors.
import sys
NS = type(sys.implementation)
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
show("empty", lambda: NS())
show("kw", lambda: NS(b=2, a=1))
show("mapping", lambda: NS({"x": 1, "y": 2}, z=3))
show("pairs", lambda: NS([("x", 1), ("y", [1, 2])]))
show("override", lambda: NS({"x": 1}, x=2))
show("two pos", lambda: NS({}, {}))
show("bad pos", lambda: NS(1))
show("bad pairs", lambda: NS([1]))
show("nonstr key map", lambda: NS({1: 2}))
show("nonstr key dictkw", lambda: NS(**{"a": 1}))
class Sub(NS):
    pass
show("sub repr", lambda: Sub(a=1))
ns = NS(a=1)
ns.self = ns
show("recursive", lambda: repr(ns))
show("eq", lambda: (NS(a=1) == NS(a=1), NS(a=1) == NS(a=2), NS(a=1) == Sub(a=1), NS(a=1) != NS(a=1), NS() == {}))
show("hash", lambda: hash(NS()))
show("reduce", lambda: NS(a=1).__reduce__())
show("reduce sub", lambda: Sub(a=1).__reduce__())
show("replace", lambda: NS(a=1, b=2).__replace__(b=3, c=4))
show("replace pos", lambda: NS(a=1).__replace__(1))
show("replace sub", lambda: type(Sub(a=1).__replace__(a=5)).__name__)
show("init again", lambda: (lambda n: (n.__init__(x=9), n))(NS(a=1)))
show("doc", lambda: NS.__doc__)
show("module", lambda: (NS.__module__, NS.__name__, NS.__qualname__))
show("attrs", lambda: sorted(k for k in NS.__dict__))
show("del attr", lambda: (lambda n: (delattr(n, 'a'), n))(NS(a=1)))
show("del missing", lambda: delattr(NS(), 'a'))
show("get missing", lambda: NS().a)
show("nonstr repr", lambda: (lambda n: (n.__dict__.__setitem__(1, 2), repr(n)))(NS(a=1)))
show("dir", lambda: [x for x in dir(NS(q=1)) if not x.startswith('__')])
show("lt", lambda: NS() < NS())
show("kwargs dup", lambda: NS({"a": 1}, **{"a": 2}))
show("sub init", lambda: Sub({"k": 1}))
class Sub2(NS):
    def __init__(self, x):
        super().__init__(x=x, y=x)
show("sub2", lambda: Sub2(4))
show("pos kw name", lambda: NS(mapping_or_iterable=1))
show("str pairs", lambda: NS(["ab"]))
show("gen pairs", lambda: NS((k, len(k)) for k in ["aa", "b"]))
for arg in [[(1, 2, 3)], ["abc"], [[1]], [(1, 2)], [("a", 1), 5], [None], ["a"], [b"ab"], (x for x in [1]), {1, 2}, "ab", b"", [], {}, None, 3.5, [("a",)]]:
    show(("arg", repr(arg)[:20]), lambda: NS(arg))
class M:
    def keys(self): return ["k"]
    def __getitem__(self, k): return k * 2
show("mapping-like", lambda: NS(M()))
class D(dict): pass
show("dict sub", lambda: NS(D(a=1)))
show("kw nonstr", lambda: NS(**{1: 2}))
show("ns type name", lambda: NS.__init__)
show("new args", lambda: NS.__new__(NS, 1, 2, a=3))
show("new", lambda: NS.__new__(NS))
show("init bad", lambda: NS.__init__(1))
show("eq other", lambda: NS(a=1).__eq__({'a': 1}))
show("eq sub", lambda: NS.__eq__(NS(), NS()))
show("repr sub nonstr", lambda: repr(NS(**{"a b": 1, "": 2})))

for f in [lambda: dict([1]), lambda: dict([None]), lambda: Sub(1, 2), lambda: NS.__init__(NS(), 1, 2), lambda: Sub(x=1).__replace__(), lambda: NS(a=1) == 1, lambda: NS(a=[]) == NS(a=[]), lambda: NS(x=1).__ne__(NS(x=1))]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
