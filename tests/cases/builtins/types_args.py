# Argument checking of the methods and constructors of exceptions, mappingproxy,
# filter and reversed, with CPython's messages, __text_signature__ and first __doc__ line.
# lib: argprobe
from argprobe import attempt, probe

MappingProxy = type(type.__dict__)

class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError

eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
methods = [
    ("BaseException", ValueError("x"), ["with_traceback", "add_note", "__reduce__", "__setstate__"]),
    ("AttributeError", AttributeError("x"), ["__getstate__", "__reduce__"]),
    ("ImportError", ImportError("x"), ["__reduce__"]),
    ("OSError", OSError(2, "x"), ["__reduce__"]),
    ("ExceptionGroup", eg, ["derive", "split", "subgroup"]),
    ("mappingproxy", MappingProxy({1: 2}), ["get", "keys", "values", "items", "copy", "__reversed__"]),
    ("iterator", iter(Seq()), ["__length_hint__"]),
    ("reversed", reversed(Seq.__mro__), ["__length_hint__"]),
]
for label, obj, names in methods:
    for name in names:
        probe(label + "." + name, getattr(obj, name))

class FilterI(filter):
    def __init__(self, *a, **k):
        pass

class Filter(filter):
    pass

class Rev(reversed):
    pass

for cls, good in ((MappingProxy, ({},)), (filter, (None, [])), (reversed, ([],)), (Filter, (None, [])),
                  (FilterI, (None, [])), (Rev, ([],))):
    attempt(cls.__name__ + " none", cls)
    attempt(cls.__name__ + " many", cls, *good, 1)
    attempt(cls.__name__ + " kw", cls, *good, x=1)
    print(cls.__name__, cls.__text_signature__)
attempt("mappingproxy by name", MappingProxy, mapping={1: 2})
print(list(filter(None, [0, 1, 2])), list(reversed(Seq.__mro__)) == list(Seq.__mro__)[::-1],
      MappingProxy({1: 2}).get(1), eg.split(ValueError)[0].exceptions)

# ExceptionGroup's constructor counts as BaseExceptionGroup.__new__ and refuses
# keywords in the name of the type called
class EG(ExceptionGroup):
    pass

attempt("ExceptionGroup none", ExceptionGroup)
attempt("ExceptionGroup one", ExceptionGroup, "m")
attempt("ExceptionGroup many", ExceptionGroup, "m", [ValueError()], 3)
attempt("ExceptionGroup kw", ExceptionGroup, "m", [ValueError()], x=1)
attempt("EG kw", EG, "m", [ValueError()], x=1)
attempt("EG one", EG, "m")
