# Argument checking of str's methods, with CPython's messages, __text_signature__
# and first __doc__ line (including the older "sub[, start[, end]]" notation).

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
for name in sorted(n for n in vars(str) if callable(getattr("x", n, None)) and not n.startswith("__") or n in ("__format__", "__sizeof__", "__getnewargs__")):
    f = getattr("abc", name)
    sig = f.__text_signature__
    print(name, sig, repr((f.__doc__ or "").partition("\n")[0]))
    if sig is None: continue
    pos, req, posonly, kwonly, varargs, varkw = params(sig)
    if req: a(name + " few", f, *["a"] * (req - 1))
    if not varargs: a(name + " many", f, *["a"] * (len(pos) + 1))
    if not varkw: a(name + " kw", f, *["a"] * req, bogus=1)
    if posonly and req: a(name + " posonly kw", f, *["a"] * (req - 1), **{pos[0]: "a"})
    if len(pos) > posonly:
        a(name + " twice", f, *["a"] * (posonly + 1), **{pos[posonly]: "a"})
a("bound subclass", type("S", (str,), {})("x").upper, 1)
a("maketrans 0", str.maketrans)
a("maketrans 4", str.maketrans, 1, 2, 3, 4)
a("maketrans kw", str.maketrans, x=1)
print("a,b".split(sep=","), "a b".rsplit(maxsplit=0), "ab\n".splitlines(keepends=True), "a\tb".expandtabs(tabsize=2),
      "aXa".replace("a", "b", count=1), "x".encode(errors="strict"), "abcab".find("b", 2), "ab".center(5, "*"))
