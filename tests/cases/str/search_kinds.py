# find/rfind/index/rindex/count/in over the three string kinds: needles
# narrower than, as wide as and wider than the text, repeated and
# overlapping patterns, long needles, ranges and negative bounds.
texts = [
    "abracadabra abracadabra",
    "aaaaaaaaaa",
    "w0 w1 w2 w3 w10 w11 w12 w19 w21 w1",
    "caf\xe9 na\xefve \xe9t\xe9 caf\xe9",
    "\u0393\u03b5\u03b9\u03ac \u03c3\u03bf\u03c5 abc \u03ba\u03cc\u03c3\u03bc\u03b5 \u0393\u03b5\u03b9\u03ac",
    "\U0001F600 smile \U0001F600\U0001F601 \u00e9 grin \U0001F601 end",
    "",
]
needles = ["a", "aa", "aaa", "abra", "abracadabra", "w1", "zz", "", " ", "\xe9", "caf\xe9", "\u03c3\u03bf",
           "\u0393\u03b5\u03b9\u03ac", "\U0001F600", "\U0001F600\U0001F601", "x\U0001F600", "end", "e",
           "\u03ac", "\u0100"]
for t in texts:
    for n in needles:
        print(repr(t[:12]), repr(n), t.find(n), t.rfind(n), t.count(n), n in t,
              t.find(n, 3), t.find(n, -5), t.rfind(n, 0, -3), t.count(n, 2, 20), t.count(n, 30, 10),
              t.find(n, 100), t.rfind(n, 100), t.count(n, 100), t.find(n, 2, 2), t.rfind(n, 5, 5))

# overlapping occurrences are counted once each, left to right
print("aaaa".count("aa"), "aaaaa".count("aa"), "abababa".count("aba"), "abababa".find("aba", 1),
      "abababa".rfind("aba"), "abababa".rfind("aba", 0, 6))

# a long needle in a wider text (it gets widened to the text's kind)
long_needle = "abcdefghijklmnopqrstuvwxyz0123456789"
wide = "\U0001F600" * 5 + long_needle + "\u0394" * 3 + long_needle
print(wide.find(long_needle), wide.rfind(long_needle), wide.count(long_needle), long_needle in wide,
      wide.find(long_needle + "!"), wide.count(long_needle[:20]), ("\u0394" * 3 + long_needle[:17]) in wide)
mid = "\u0394" * 4 + long_needle * 3
print(mid.find(long_needle), mid.rfind(long_needle), mid.count(long_needle), mid.index(long_needle[5:30]))

# characters that share a Bloom bit with the needle's ('w' and '7' both end in 0b110111)
bloom = "w7w7 77ww 7w w77w" * 3
for n in ["w7", "7w", "77w", "ww7", "w77w7", "7"]:
    print(n, bloom.find(n), bloom.rfind(n), bloom.count(n))

# the last window of the text, and needles as long as the text
for t in ["abc", "\xe9bc", "\u0100bc", "\U00010000bc"]:
    print(t.find(t), t.rfind(t), t.count(t), t.find(t[1:]), t.rfind(t[:2]), t.find(t + "x"), t.count(t[-1]))

for meth in ("index", "rindex"):
    try:
        getattr("abc", meth)("d")
    except ValueError as e:
        print(meth, "ValueError:", e)
    print(getattr("abcabc", meth)("bc"), getattr("abcabc", meth)("bc", 2), getattr("abcabc", meth)("", 4))
try:
    "abc".find(1)
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".count("a", "x")
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".find("a", 1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print("abc".find("c", None, None), "abc".count("a", None), "abc".rfind("a", -100, 100),
      "abc".find("c", 2 ** 70), "abc".count("", -(2 ** 70)))
print("abc".startswith("ab"), "\u0100bc".startswith("\u0100"), "abc".endswith(("x", "bc")),
      "abc".startswith("", 3), "abc".startswith("", 4), "\U0001F600a".endswith("a"))


class S(str):
    pass


s = S("banana")
print(s.find("an"), s.rfind("an"), s.count("a"), "nan" in s, "ban" in S("xbanx"))
