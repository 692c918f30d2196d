# Regular expressions over a large text: findall, finditer, sub with a template
# and with a function, and split.
import re
import time

WORDS = ["alpha", "Beta", "gamma42", "delta_x", "épsilon", "ZETA", "eta", "theta-7", "iota", "kappa"]


def make_text():
    lines = []
    for i in range(4000):
        w = WORDS[i % len(WORDS)]
        lines.append("%d: %s %s=%d, <%s@example.org> %s\n" % (i, w, WORDS[(i * 7) % 10], i * 13 % 997,
                                                              w.lower(), "x" * (i % 5)))
    return "".join(lines)


def main():
    text = make_text()
    total = 0
    for _ in range(3):
        total += len(re.findall(r"\b\w+\b", text))
        total += sum(m.end() - m.start() for m in re.finditer(r"(\w+)=(\d+)", text))
        total += len(re.sub(r"(\w+)@(\w+)\.org", r"\2 at \1", text))
        total += len(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), text))
        total += len(re.split(r"[,:\s]+", text))
        total += len(re.findall(r"(?i)zeta|theta", text))
        total += len(re.findall(r"(?m)^\d+", text))
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
