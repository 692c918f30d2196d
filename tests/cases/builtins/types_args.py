# Argument checking of the methods and constructors of exceptions, mappingproxy,
# filter and reversed, with CPython's messages, __text_signature__ and first __doc__ line.

def params(sig):
    """Parameter facts from a text signature: positional names, how many of
    them are required, how many are positional-only, keyword-only names,
    whether *args and **kwargs are taken."""
    parts, depth, quote, cur = [], 0, None, ""
    for ch in sig.strip()[1:-1]:
        if quote:
            quote = None if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(cur.strip())
            cur = ""
            continue
        cur += ch
    if cur.strip():
        parts.append(cur.strip())
    pos, kwonly, required, posonly, star, varargs, varkw = [], [], 0, 0, False, False, False
    for p in parts:
        if p.startswith("$"):
            continue
        if p == "/":
            posonly = len(pos)
        elif p.startswith("**"):
            varkw = True
        elif p.startswith("*"):
            star, varargs = True, p != "*"
        elif star:
            kwonly.append(p.partition("=")[0])
        else:
            pos.append(p.partition("=")[0])
            if "=" not in p:
                required += 1
    return pos, required, posonly, kwonly, varargs, varkw


def attempt(label, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print(label, "-> ok")
    except Exception as e:
        print(label, "!", type(e).__name__, e)


def probe(label, f, sig=None):
    """Prints f's signature and first doc line, then calls it with too few
    and too many arguments and with wrong keywords."""
    doc = f.__doc__
    print(label, f.__text_signature__, repr(doc.partition("\n")[0] if doc else doc))
    pos, required, posonly, kwonly, varargs, varkw = params(sig or f.__text_signature__)
    if required:
        attempt(label + " few", f, *[None] * (required - 1))
    if not varargs:
        attempt(label + " many", f, *[None] * (len(pos) + 1))
    if not varkw:
        attempt(label + " kw", f, *[None] * required, bogus=1)
    if posonly:
        attempt(label + " posonly kw", f, *[None] * (required - 1), **{pos[0]: None})
    if len(pos) > posonly:
        name = pos[posonly]
        attempt(label + " twice", f, *[None] * (posonly + 1), **{name: None})
        if required > posonly:
            attempt(label + " missing", f, *[None] * posonly)
    if kwonly:
        attempt(label + " close kw", f, *[None] * required, **{kwonly[0] + "x": None})


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
