# replace, case mapping and strip over the three string kinds: counts,
# empty patterns, results that become narrower or wider than the input,
# lengths around the 8-character steps of the word-at-a-time loops.
texts = ["www.example.com/w/w", "aaaa", "", "a", "caf\xe9 \xe9t\xe9", "\u0394\u03b5\u03bb\u03c4\u03b1 w",
         "\U0001F600w\U0001F600", "w" * 17, "xwxwxwxwxwxwxwxwxw"]
pairs = [("w", "W"), ("w", ""), ("w", "ww"), ("ww", "w"), ("", "-"), ("", ""), ("a", "\xe9"), ("w", "\u0100"),
         ("w", "\U0001F601"), ("\xe9", "e"), ("\u0394", "D"), ("\U0001F600", ":)"), ("\U0001F600", "\xe9"),
         ("xyz", "q"), ("example", "\u4f8b"), ("w", "w")]
for t in texts:
    for old, new in pairs:
        outs = [t.replace(old, new), t.replace(old, new, 1), t.replace(old, new, 2), t.replace(old, new, 0),
                t.replace(old, new, -1), t.replace(old, new, count=3)]
        print(repr(t[:10]), repr(old), repr(new), [(o, len(o), o.isascii()) for o in outs])

# replacing away the only wide characters gives the narrow form back
for t, old, new in [("abc\u0100", "\u0100", ""), ("ab\U0001F600c", "\U0001F600", "d"), ("\xe9t\xe9", "\xe9", "e"),
                    ("\u0100\U0001F600", "\U0001F600", "\xe9"), ("x\xe9", "x\xe9", "ab")]:
    r = t.replace(old, new)
    print(repr(r), r.isascii(), r == new.join(t.split(old)), hash(r) == hash(new.join(t.split(old))),
          r.encode("utf-8"), r.upper())
big = "ab" * 100
print(len(big.replace("a", "xyz")), big.replace("b", "\u0100").count("\u0100"), len(big.replace("", "..")))
s = "unchanged"
print(s.replace("q", "r") is s, s.replace("u", "u") == s)
for bad in [lambda: "a".replace(1, "b"), lambda: "a".replace("a", 2), lambda: "a".replace("a", "b", "c")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# ASCII case mapping at every length up to 20, and at the letter boundaries
alpha = "".join(chr(c) for c in range(32, 127))
for n in range(21):
    t = (alpha[30:] + alpha)[n * 3:n * 3 + n]
    print(n, repr(t.upper()), repr(t.lower()), repr(t.swapcase()), repr(t.title()), repr(t.capitalize()),
          repr(t.casefold()))
print(alpha.upper(), alpha.lower(), alpha.swapcase(), sep="\n")
print("@AZ[`az{".upper(), "@AZ[`az{".lower(), "@AZ[`az{".swapcase(), "hello wORLD 3rd-x".title(),
      "hELLO".capitalize())
for t in ["stra\xdfe", "\xe9cole \xc9COLE", "\u03a3\u03b9\u03c3\u03c5\u03c6\u03bf\u03c2 \u03a3", "\ufb01x",
          "\U00010428\U00010400", "\u01c5ungla"]:
    print(t.upper(), t.lower(), t.swapcase(), t.title(), t.capitalize(), t.casefold())

# strip with and without characters, in each kind
for t in ["  \t x y \n ", "\xa0\x85 mid \x85", "\u3000 wide\u2003", "xxhixx", "\xe9\xe9hi\xe9", "\U0001F600a\U0001F600",
          "", "   ", ",.word!;"]:
    print(repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()), repr(t.strip("x")), repr(t.strip("\xe9h")),
          repr(t.strip(",.!;")), repr(t.rstrip("\U0001F600")), repr(t.lstrip(" \u3000")), repr(t.strip("")),
          repr(t.strip(None)))
for bad in [lambda: "a".strip(1), lambda: "a".lstrip("a", "b"), lambda: "a".rstrip(x="a")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
