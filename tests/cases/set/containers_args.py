# Argument checking of set's, frozenset's, tuple's, range's and slice's methods and
# constructors, with CPython's messages, __text_signature__ and first __doc__ line.

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
