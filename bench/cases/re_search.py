# Searching a large text with several patterns: an alternation of words, a
# back reference (doubled words, repeated characters), a look-ahead, and a
# pattern that fails at most positions.
import re
import time

WORDS = ["the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "and", "cat",
         "runs", "away", "from", "big", "red", "barn", "under", "moon", "light", "again"]


def make_text():
    parts = []
    x = 12345
    for i in range(40000):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        w = WORDS[x % len(WORDS)]
        if x % 97 == 0:
            w = w + " " + w  # a doubled word now and then
        parts.append(w)
        if x % 13 == 0:
            parts.append("%d.%d" % (x % 1000, x % 77))
        if x % 29 == 0:
            parts.append("\n")
    return " ".join(parts)


def main():
    text = make_text()
    total = 0
    alternation = re.compile(r"\b(?:fox|dog|cat|moon|barn)\b")
    doubled = re.compile(r"\b(\w+)\s+\1\b")
    repeated = re.compile(r"(\w)\1{1,}")
    ahead = re.compile(r"\b\w+(?=\s+again\b)")
    numbers = re.compile(r"(\d+)\.(\d+)")
    rare = re.compile(r"zebra|q[^u]")
    total += len(alternation.findall(text))
    total += sum(len(m.group(1)) for m in doubled.finditer(text))
    total += len(repeated.findall(text))
    total += len(ahead.findall(text))
    total += sum(int(a) + int(b) for a, b in numbers.findall(text))
    total += len(rare.findall(text))
    m = re.search(r"(moon)\s+light\s+\1", text)
    total += m.start() if m else -1
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
