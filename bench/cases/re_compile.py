# Compiling a few hundred distinct patterns (as programs that build patterns
# from data do), the cache purged between rounds, each used once.
import re
import time

PIECES = [r"\d+", r"[a-z]+", r"\s*", r"(\w+)", r"(?P<k%d>[A-Z][a-z]*)", r"(?:ab|cd|ef)", r"\.",
          r"[^,;]{2,5}", r"(?i:x+)", r"\b", r"(?=\d)", r"[\u00e0-\u00ff]?", r"-?", r"(?:\1)?"]


def patterns():
    out = []
    for i in range(300):
        parts = ["^"]
        for k in range(3 + i % 6):
            piece = PIECES[(i * 7 + k * 3) % len(PIECES)]
            if "%d" in piece:
                piece = piece % k
            if piece == r"(?:\1)?" and not any(q == r"(\w+)" or q.startswith("(?P<") for q in parts):
                piece = "x"
            parts.append(piece)
        parts.append("#%d" % i)  # every pattern distinct
        out.append("".join(parts))
    return out


def main():
    pats = patterns()
    total = 0
    for _ in range(4):
        re.purge()
        for p in pats:
            r = re.compile(p)
            total += r.groups + len(r.pattern)
            m = r.match("abc123 Def.x#1")
            total += m.end() if m else 0
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
