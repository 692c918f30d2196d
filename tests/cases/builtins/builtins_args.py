# Argument checking of the built-in functions: each is called with too few
# and too many arguments and with wrong keywords, and the messages, its
# __text_signature__ and the first line of its __doc__ are printed.
import builtins

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


hidden = {
    "dir": "(object=None, /)",
    "getattr": "(object, name, default=None, /)",
    "iter": "(object, sentinel=None, /)",
    "max": "(iterable, /, *args, key=None, default=None)",
    "min": "(iterable, /, *args, key=None, default=None)",
    "next": "(iterator, default=None, /)",
    "vars": "(object=None, /)",
}
names = ["__import__", "abs", "aiter", "all", "anext", "any", "ascii", "bin", "callable", "chr", "compile",
         "delattr", "dir", "divmod", "eval", "exec", "format", "getattr", "globals", "hasattr", "hash", "hex",
         "id", "input", "isinstance", "issubclass", "iter", "len", "locals", "max", "min", "next", "oct", "open",
         "ord", "pow", "print", "repr", "round", "setattr", "sorted", "sum", "vars"]
for name in names:
    probe(name, getattr(builtins, name), hidden.get(name))

# the keyword parsers' finer points
attempt("max 3 kw", max, 1, 2, key=None, default=1, bogus=2)
attempt("max default many", max, 1, 2, default=1)
attempt("min close", min, [1], kye=None)
attempt("sorted kw", sorted, [], reverse=True, bogus=1)
attempt("print many kw", print, sep=" ", end="", file=None, flush=False, bogus=1)
attempt("round ndigits", round, number=1.25, ndigits=1)
attempt("pow kw", pow, base=2, exp=10, mod=1000)
attempt("sum start kw", sum, [1], start=10)
attempt("len empty kw", len, [1], **{})
attempt("getattr empty kw", getattr, 1, "real", **{})
print(sorted([3, 1, 2], reverse=True), max(3, 7), min([4, 2], key=abs), max([], default="none"))
print(getattr.__text_signature__, min.__text_signature__, print.__text_signature__)
print(len.__qualname__, len.__module__, len.__self__ is builtins)
