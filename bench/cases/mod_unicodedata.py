# unicodedata workload: normalize a mixed-script text in the four forms
# (much of it already normal, some decomposed or compatibility text), and
# classify each character by category, combining class and width.
import time
import unicodedata


WORDS = ["caf\u00e9", "cafe\u0301", "na\u00efve", "\uff21\uff22\uff23", "\ufb01nance", "\u00bd", "Stra\u00dfe",
         "\u1e9b\u0323", "\ud55c\uad6d\uc5b4", "\u1112\u1161\u11ab", "\u0395\u03bb\u03bb\u03ac\u03b4\u03b1",
         "\u0639\u0631\u0628\u064a", "\u65e5\u672c\u8a9e", "\u30ac\u30c3\u30b3\u30a6", "plain", "text", "words",
         "\u2460\u2461", "\u212b", "A\u030a", "\u0915\u094d\u0937"]
N = 2200


def main():
    total = 0
    x = 11
    lines = []
    for i in range(N):
        parts = []
        for j in range(12):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            parts.append(WORDS[x % len(WORDS)])
        lines.append(" ".join(parts))
    for line in lines:
        for form in ("NFC", "NFD", "NFKC", "NFKD"):
            n = unicodedata.normalize(form, line)
            total += len(n)
            total += unicodedata.is_normalized(form, n)
    cats = {}
    for line in lines[:900]:
        for ch in line:
            c = unicodedata.category(ch)
            cats[c] = cats.get(c, 0) + 1
            total += unicodedata.combining(ch)
            if unicodedata.east_asian_width(ch) == "W":
                total += 1
    for c in sorted(cats):
        total += cats[c] * len(c)
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
