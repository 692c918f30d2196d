# Argument checking of list's methods and constructor, with CPython's messages,
# __text_signature__ and first __doc__ line.
# lib: argprobe
from argprobe import attempt, probe

lst = [3, 1, 2]
for name in ["append", "extend", "insert", "pop", "remove", "index", "count", "clear", "copy", "reverse",
             "sort", "__reversed__"]:
    probe("list." + name, getattr(lst, name))
print(lst)
for it in (iter([]), reversed([])):
    probe(type(it).__name__ + ".__length_hint__", it.__length_hint__)

# through the class, and bound to an instance of a subclass (named after it)
class L(list):
    pass

attempt("unbound none", list.append)
attempt("unbound few", list.append, [])
attempt("unbound wrong self", list.append, (), 1)
attempt("subclass bound", L().append)
attempt("subclass bound kw", L().pop, index=0)
attempt("subclass direct", L().copy, 1)
attempt("list() two", list, 1, 2)
attempt("list() kw", list, iterable=[])
attempt("L() two", L, 1, 2)
print(list.__text_signature__, list.append.__qualname__, list.sort.__text_signature__)
print(sorted(L([3, 1, 2])), L([1]).pop(), list([1, 2]))
lst.sort(key=lambda x: -x, reverse=True)
print(lst)
