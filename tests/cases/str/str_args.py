# Argument checking of str's methods, with CPython's messages, __text_signature__
# and first __doc__ line (including the older "sub[, start[, end]]" notation).
# lib: argprobe
from argprobe import attempt as a, probe

for name in sorted(n for n in vars(str) if callable(getattr("x", n, None)) and not n.startswith("__") or n in ("__format__", "__sizeof__", "__getnewargs__")):
    probe(name, getattr("abc", name), fill="a")
a("bound subclass", type("S", (str,), {})("x").upper, 1)
a("maketrans 0", str.maketrans)
a("maketrans 4", str.maketrans, 1, 2, 3, 4)
a("maketrans kw", str.maketrans, x=1)
print("a,b".split(sep=","), "a b".rsplit(maxsplit=0), "ab\n".splitlines(keepends=True), "a\tb".expandtabs(tabsize=2),
      "aXa".replace("a", "b", count=1), "x".encode(errors="strict"), "abcab".find("b", 2), "ab".center(5, "*"))
