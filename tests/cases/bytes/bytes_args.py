# Argument checking of bytes' and bytearray's methods and constructors, with
# CPython's messages, __text_signature__ and first __doc__ line.

def params(sig):
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
        elif "[" in p:
            # "sub[" then optional ones
            p = p.split("[")[0]
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
def a(label, f, *args, **kw):
    try: f(*args, **kw); print(label, "ok")
    except Exception as e: print(label, type(e).__name__, e)
for name in sorted(n for n in vars(bytes) if callable(getattr("x", n, None)) and not n.startswith("__") or n in ("__format__", "__sizeof__", "__getnewargs__")):
    f = getattr(b"abc", name)
    sig = f.__text_signature__
    print(name, sig, repr((f.__doc__ or "").partition("\n")[0]))
    if sig is None: continue
    pos, req, posonly, kwonly, varargs, varkw = params(sig)
    if req: a(name + " few", f, *[b"a"] * (req - 1))
    if not varargs: a(name + " many", f, *[b"a"] * (len(pos) + 1))
    if not varkw: a(name + " kw", f, *[b"a"] * req, bogus=1)
    if posonly and req: a(name + " posonly kw", f, *[b"a"] * (req - 1), **{pos[0]: b"a"})
    if len(pos) > posonly:
        a(name + " twice", f, *[b"a"] * (posonly + 1), **{pos[posonly]: b"a"})
a("bound subclass", type("S", (bytes,), {})(b"x").upper, 1)
a("maketrans 0", bytes.maketrans)
a("maketrans 4", bytes.maketrans, 1, 2, 3, 4)
a("maketrans kw", bytes.maketrans, x=1)
for name in ("append", "extend", "pop", "insert", "remove", "clear", "copy", "reverse", "split", "decode", "upper", "find", "join", "translate"):
    f = getattr(bytearray(b"abc"), name, None)
    if f is None: continue
    print("bytearray", name, f.__text_signature__, repr((f.__doc__ or "").partition("\n")[0]))
    a(name + " many", f, 1, 2, 3, 4)
    a(name + " kw", f, x=1)
for c in (bytes, bytearray):
    a(c.__name__ + " 4", c, 1, 2, 3, 4)
    a(c.__name__ + " kw", c, x=1)
    a(c.__name__ + " twice", c, b"", source=1)
print(b"a,b".split(sep=b","), b"ab\n".splitlines(keepends=True), b"x".decode(errors="strict"), b"ab".hex(sep=":"),
      bytearray(b"ab").pop(), b"aXa".replace(b"a", b"b", 1), b"aXa".replace(b"a", b"b"), b"ab".translate(None, delete=b"a"))
