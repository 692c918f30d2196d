# Argument checking of list's methods and constructor, with CPython's messages,
# __text_signature__ and first __doc__ line.

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
