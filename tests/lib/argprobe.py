"""Argument checking of built-in callables, for the *_args.py cases.

A case that says `# lib: argprobe` imports this module.  probe() prints a
callable's __text_signature__ and the first line of its __doc__, then calls
it with too few and too many arguments, with unknown, repeated and
positional-only keywords, and prints what each call raises: the messages
come from the interpreter's argument parser."""


def params(sig):
    """Parameter facts from a text signature: positional names, how many of
    them are required, how many are positional-only, keyword-only names,
    whether *args and **kwargs are taken.  The older notation of optional
    arguments in brackets ("sub[, start[, end]]") is understood too."""
    parts, depth, quote, cur = [], 0, None, ""
    for ch in sig.strip()[1:-1]:
        if quote:
            quote = None if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch in "({":
            depth += 1
        elif ch in ")}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(cur.strip())
            cur = ""
            continue
        cur += ch
    if cur.strip():
        parts.append(cur.strip())
    pos, kwonly, required, posonly, star, varargs, varkw = [], [], 0, 0, False, False, False
    optional = False
    for p in parts:
        if p.startswith("$"):
            continue
        if p.startswith("["):
            optional = True
            p = p.strip("[]")
        elif "[" in p and "=" not in p:
            p = p.split("[")[0]     # "sub[": the ones after it are optional
        if p == "/":
            posonly = len(pos)
        elif p.startswith("**"):
            varkw = True
        elif p.startswith("*"):
            star, varargs = True, p != "*"
        elif star:
            kwonly.append(p.partition("=")[0])
        else:
            pos.append(p.partition("=")[0].strip("]"))
            if "=" not in p and not optional:
                required += 1
    return pos, required, posonly, kwonly, varargs, varkw


def attempt(label, f, *args, **kwargs):
    """Calls f and prints "-> ok" or the exception it raised."""
    try:
        f(*args, **kwargs)
        print(label, "-> ok")
    except Exception as e:
        print(label, "!", type(e).__name__, e)


def probe(label, f, sig=None, fill=None):
    """Prints f's signature and first doc line, then calls it with too few
    and too many arguments and with wrong keywords; every argument is fill.
    sig stands in for a signature f does not show."""
    doc = f.__doc__
    print(label, f.__text_signature__, repr(doc.partition("\n")[0] if doc else doc))
    sig = sig or f.__text_signature__
    if sig is None:
        return
    pos, required, posonly, kwonly, varargs, varkw = params(sig)
    if required:
        attempt(label + " few", f, *[fill] * (required - 1))
    if not varargs:
        attempt(label + " many", f, *[fill] * (len(pos) + 1))
    if not varkw:
        attempt(label + " kw", f, *[fill] * required, bogus=1)
    if posonly:
        attempt(label + " posonly kw", f, *[fill] * (required - 1), **{pos[0]: fill})
    if len(pos) > posonly:
        name = pos[posonly]
        attempt(label + " twice", f, *[fill] * (posonly + 1), **{name: fill})
        if required > posonly:
            attempt(label + " missing", f, *[fill] * posonly)
    if kwonly:
        attempt(label + " close kw", f, *[fill] * required, **{kwonly[0] + "x": fill})
