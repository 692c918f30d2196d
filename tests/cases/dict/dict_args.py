# Argument checking of dict's methods, views and constructor, with CPython's
# messages, __text_signature__ and first __doc__ line.

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
