# Dict, dict-view, set and OrderedDict iterators reduce to iter(list of
# what is left), read from a copy: the iterator itself does not move.
# lib: itershape
from itershape import show, attempt, drain
from collections import OrderedDict

d = {"a": 1, "b": 2, "c": 3}
for name, make in [("keys", lambda: iter(d)), ("keys view", lambda: iter(d.keys())),
                   ("values", lambda: iter(d.values())), ("items", lambda: iter(d.items())),
                   ("reversed keys", lambda: reversed(d)),
                   ("reversed values", lambda: reversed(d.values())),
                   ("reversed items", lambda: reversed(d.items()))]:
    it = make()
    print(name, type(it).__name__)
    show("  fresh", it)
    print("  first", next(it))
    show("  midway", it)
    show("  again", it)
    print("  rest", list(it))
    show("  finished", it)

it = iter(d)
next(it)
d["z"] = 26
attempt("grown", lambda: it.__reduce__())
attempt("next", lambda: next(it))
attempt("again", lambda: it.__reduce__())

d = {1: 1, 2: 2}
it = iter(d.items())
next(it)
d[2] = "changed"
show("value changed", it)
print(list(it))

d = {1: 1, 2: 2}
it = iter(d)
del d[1]
attempt("shrunk", lambda: it.__reduce__())

s = {3, 1, 2, 100, -7}
it = iter(s)
show("set fresh", it)
next(it)
show("set midway", it)
print(list(it))
show("set finished", it)
show("frozenset", iter(frozenset("abc") - frozenset("abc")))
show("frozenset ints", iter(frozenset({5, 6})))
it = iter(s)
s.add(1000)
attempt("set grown", lambda: it.__reduce__())
print(it.__length_hint__())

od = OrderedDict(x=1, y=2, z=3)
od.move_to_end("x")
for name, it in [("od keys", iter(od)), ("od values", iter(od.values())),
                 ("od items", iter(od.items())), ("od reversed", reversed(od)),
                 ("od reversed items", reversed(od.items()))]:
    next(it)
    show(name, it)
    print("  rest", list(it))
it = iter(od)
od["w"] = 0
attempt("od grown", lambda: it.__reduce__())
print(hasattr(type(iter({})), "__setstate__"), hasattr(type(iter(set())), "__setstate__"))
