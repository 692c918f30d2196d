# Argument checking of the sys module's functions, with CPython's messages,
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


import sys

for name in ["_getframe", "_getframemodulename", "exit", "getrecursionlimit", "setrecursionlimit",
             "get_int_max_str_digits", "set_int_max_str_digits", "exception", "exc_info", "intern",
             "getdefaultencoding", "getfilesystemencoding", "getfilesystemencodeerrors", "getrefcount",
             "is_finalizing", "getswitchinterval", "settrace", "setprofile", "gettrace", "getprofile", "audit",
             "addaudithook"]:
    f = getattr(sys, name)
    doc = f.__doc__
    print(name, f.__text_signature__, repr(doc.partition("\n")[0] if doc else doc))
    if name in ("exit", "settrace", "setprofile", "addaudithook"):
        continue
    probe("sys." + name, f)
attempt("exit many", sys.exit, 1, 2)
attempt("exit kw", sys.exit, status=1)
attempt("getsizeof none", sys.getsizeof)
attempt("getsizeof many", sys.getsizeof, 1, 2, 3)
attempt("getsizeof kw", sys.getsizeof, 1, bogus=2)
attempt("audit str", sys.audit, 5)
attempt("settrace many", sys.settrace, None, None)
attempt("addaudithook none", sys.addaudithook)
print(sys._getframemodulename(depth=0), sys._getframe(0).f_code.co_name, sys.getsizeof(object=1) > 0)
