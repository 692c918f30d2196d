# Argument checking of bytes' and bytearray's methods and constructors, with
# CPython's messages, __text_signature__ and first __doc__ line.
# lib: argprobe
from argprobe import attempt as a, probe

for name in sorted(n for n in vars(bytes) if callable(getattr("x", n, None)) and not n.startswith("__") or n in ("__format__", "__sizeof__", "__getnewargs__")):
    probe(name, getattr(b"abc", name), fill=b"a")
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
