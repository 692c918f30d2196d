# A hand-written lexer: pattern.match(text, pos) at each token of one long
# text that came from bytes.decode(), several patterns tried in turn, with
# an endpos at each line's end; the patterns first look at the header line,
# a string of its own that stays alive.
import re
import time

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
         "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi"]


def make_text():
    parts = []
    x = 2024
    for i in range(45000):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        parts.append(WORDS[x % len(WORDS)])
        if x % 5 == 0:
            parts.append(str(x % 10000))
        if x % 7 == 0:
            parts.append("(+)")
        if x % 31 == 0:
            parts.append("\n")
    return " ".join(parts).encode("utf-8").decode("utf-8")


def main():
    text = make_text()
    space = re.compile(r"[ \t]+")
    name = re.compile(r"[A-Za-z_]\w*")
    number = re.compile(r"\d+")
    punct = re.compile(r"[()+\-*/]")
    newline = re.compile(r"\n")
    header = text[:text.find("\n")]
    total = len(name.findall(header)) + len(number.findall(header)) + len(space.split(header))
    total += len(punct.findall(header)) + len(newline.findall(header))
    pos = 0
    line_end = text.find("\n")
    n = len(text)
    while pos < n:
        if line_end != -1 and line_end < pos:
            line_end = text.find("\n", pos)
        end = line_end + 1 if line_end != -1 else n
        m = space.match(text, pos, end)
        if m:
            pos = m.end()
            continue
        m = name.match(text, pos, end)
        if m:
            total += len(m.group()) * 3
            pos = m.end()
            continue
        m = number.match(text, pos)
        if m:
            total += int(m.group())
            pos = m.end()
            continue
        m = punct.match(text, pos) or newline.match(text, pos)
        total += ord(m.group())
        pos = m.end()
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
