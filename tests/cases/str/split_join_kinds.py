# split/rsplit/splitlines/partition/join over the three string kinds, with
# maxsplit, multi-character and missing separators, and long results.
texts = [
    "a b  c\td\ne\x0bf\x0cg\rh\x1ci\x1dj\x1ek\x1fl\x85m\xa0n",
    "  leading and trailing  ",
    "one,two,,three,",
    ",,",
    "caf\xe9 na\xefve,\xe9t\xe9\xa0x",
    "\u0393\u03b5\u03b9\u03ac\u2003\u03c3\u03bf\u03c5\u3000abc\u2028def",
    "\U0001F600 a\U0001F601b \U0001F602, c",
    "",
    "nospace",
]
for t in texts:
    print(repr(t))
    print(" ", t.split(), t.rsplit(), t.split(None, 1), t.rsplit(None, 1), t.split(maxsplit=0),
          t.rsplit(maxsplit=0), t.split(None, 2), t.rsplit(None, 2))
    for sep in [",", " ", ",,", "\xe9", "\u03c3", "\U0001F601", "xyz", "a"]:
        print(" ", repr(sep), t.split(sep), t.rsplit(sep), t.split(sep, 1), t.rsplit(sep, 1),
              t.split(sep, 0), t.partition(sep), t.rpartition(sep))
    print(" ", t.splitlines(), t.splitlines(True))

# many pieces (more than any small fixed buffer)
many = " ".join(str(i) for i in range(300))
parts = many.split()
print(len(parts), parts[:3], parts[-3:], len(many.split(" ")), len(many.rsplit(" ", 250)),
      many.rsplit(" ", 250)[:2], len(many.split(" 1")), many.split(" 1")[:3])
csv = ",".join(parts)
print(len(csv.split(",")), csv.split(",")[100:103], csv.rsplit(",", 3)[-4:], csv.split("2", 5)[:6])
print(len(("\u0100 " * 200).split()), len(("x\U0001F600" * 100).split("\U0001F600")))

# line breaks of every kind
lines = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\r\r\n\n"
print(lines.splitlines(), lines.splitlines(keepends=True), "x\r".splitlines(), "\r\n".splitlines(True))
print(("\xe9\n" * 3).splitlines(), ("\u0100\r\n" * 2).splitlines(True), "no break".splitlines())

# errors
for bad in [lambda: "a".split(""), lambda: "a".rsplit(""), lambda: "a".split(1), lambda: "a".partition(""),
            lambda: "a".rpartition(3), lambda: "a".split(",", "x"), lambda: "a".splitlines(1, 2)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# join: kinds of the separator and the items, 0/1/many items, iterators
for sep in ["", " ", ", ", "\xe9", "\u0394", "\U0001F600"]:
    for items in [[], ["a"], ["a", "b"], ["x", "\xe9", "y"], ["\u0100", "b"], ["\U0001F601", "c", ""],
                  ("p", "q", "r"), ["", "", ""]]:
        r = sep.join(items)
        print(repr(r), len(r), r.isascii())
print("-".join(str(i) for i in range(12)), "".join(iter(["ab", "cd"])), ",".join({"k": 1}))
print(len("".join(["abcdefghijklmnopq"] * 50)), "|".join(["abcdefghijklmnopq", "\xe9" * 20, "x" * 9]))


class S(str):
    pass


one = S("solo")
r = "".join([one])
print(r, type(r).__name__, type("".join(["a", S("b")])).__name__, type(S("a b").split()[0]).__name__)
for bad in [lambda: " ".join(["a", 1]), lambda: " ".join(5), lambda: " ".join([b"x"])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
