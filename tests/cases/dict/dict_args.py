# Argument checking of dict's methods, views and constructor, with CPython's
# messages, __text_signature__ and first __doc__ line.
# lib: argprobe
from argprobe import attempt, probe

d = {1: 2, 3: 4}
for name in ["__contains__", "__getitem__", "get", "setdefault", "pop", "popitem", "keys", "values", "items",
             "fromkeys", "clear", "copy", "__reversed__"]:
    probe("dict." + name, getattr(dict(d), name))
for view in (d.keys(), d.items()):
    probe(type(view).__name__ + ".isdisjoint", view.isdisjoint)
for view in (d.keys(), d.values(), d.items()):
    probe(type(view).__name__ + ".__reversed__", view.__reversed__)
probe("dict_keyiterator.__length_hint__", iter(d).__length_hint__)

class D(dict):
    pass

attempt("update many", d.update, 1, 2)
attempt("update kw", d.update, {5: 6}, x=1)
attempt("dict() two", dict, 1, 2)
attempt("D() two", D, 1, 2)
attempt("subclass bound", D().keys, 1)
attempt("unbound", dict.get, {})
attempt("fromkeys kw", dict.fromkeys, [], value=1)
attempt("D.fromkeys many", D.fromkeys, 1, 2, 3)
print(dict.__text_signature__, dict.update.__text_signature__, repr(dict.update.__doc__.partition("\n")[0]))
print(sorted(d.items()), d.get(1), d.get(9, "x"), dict.fromkeys("ab", 0), D(a=1))
